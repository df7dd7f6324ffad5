package org.highneeds.data.internal.sheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes inflated from one zip entry and fails once they exceed a bound or the compressed/inflated
 * ratio falls below a minimum (past a 100 KB grace), the same guard POI applies to xlsx parts.
 */
final class InflateGuardInputStream extends FilterInputStream {

    static final long GRACE_BYTES = 100 * 1024;

    /** Thrown when the guard trips; readers turn it into a zip-bomb message. */
    static final class ZipBombException extends IOException {
        private static final long serialVersionUID = 1L;

        ZipBombException(String message) {
            super(message);
        }
    }

    private final long compressedSize;
    private final double minRatio;
    private final long maxBytes;
    private final String entry;
    private long inflated;

    InflateGuardInputStream(InputStream in, String entry, long compressedSize, double minRatio, long maxBytes) {
        super(in);
        this.entry = entry;
        this.compressedSize = compressedSize;
        this.minRatio = minRatio;
        this.maxBytes = maxBytes;
    }

    private void count(long n) throws ZipBombException {
        if (n <= 0) return;
        inflated += n;
        if (inflated > maxBytes) {
            throw new ZipBombException("Zip bomb detected: entry " + entry + " inflates beyond " + maxBytes + " bytes");
        }
        if (compressedSize > 0 && inflated > GRACE_BYTES && (double) compressedSize / inflated < minRatio) {
            throw new ZipBombException("Zip bomb detected: entry " + entry + " (" + compressedSize
                    + " bytes compressed) inflates beyond the max. ratio " + minRatio);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        count(s);
        return s;
    }
}
