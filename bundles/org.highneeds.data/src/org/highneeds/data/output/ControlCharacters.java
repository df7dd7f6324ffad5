package org.highneeds.data.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Control characters shown escaped ({@code \x1B}, {@code \r}, {@code \0}) in messages, so text from a file's cells
 * (a terminal escape sequence, a carriage return that overwrites the line) cannot act on the user's terminal.
 * Line feeds and tabs stay, as do CR LF line ends.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** {@code text} with every control character but line feed and tab escaped; null stays null. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::escaped)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                b.append(c);
            } else if (escaped(c)) {
                b.append(escapeOf(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A UTF-8 print stream over {@code out} that escapes what {@link #escape(String)} escapes, for a program's messages. */
    public static PrintStream escaping(OutputStream out) {
        return new PrintStream(new Escaping(out), true, StandardCharsets.UTF_8);
    }

    private static boolean escaped(int c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F;
    }

    private static String escapeOf(int c) {
        return switch (c) {
            case '\r' -> "\\r";
            case 0 -> "\\0";
            default -> String.format("\\x%02X", c);
        };
    }

    /** Byte-wise: C0 controls and DEL are single bytes in UTF-8, never part of a longer character; C1 ones are C2 80..9F. */
    private static final class Escaping extends FilterOutputStream {

        private boolean pendingCr;
        private boolean pendingC2;

        Escaping(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            b &= 0xFF;
            if (pendingCr) {
                pendingCr = false;
                out.write(b == '\n' ? new byte[] {'\r'} : "\\r".getBytes(StandardCharsets.US_ASCII));
            }
            if (pendingC2) {
                pendingC2 = false;
                if (b >= 0x80 && b <= 0x9F) {
                    out.write(escapeOf(b).getBytes(StandardCharsets.US_ASCII));
                    return;
                }
                out.write(0xC2);
            }
            if (b == '\r') {
                pendingCr = true;
            } else if (b == 0xC2) {
                pendingC2 = true;
            } else if (b < 0x20 && b != '\n' && b != '\t' || b == 0x7F) {
                out.write(escapeOf(b).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        @Override
        public void flush() throws IOException {
            // what is flushed is shown: a CR or lead byte held back for its next byte goes out now
            if (pendingCr) {
                out.write("\\r".getBytes(StandardCharsets.US_ASCII));
            }
            if (pendingC2) {
                out.write(0xC2);
            }
            pendingCr = false;
            pendingC2 = false;
            out.flush();
        }
    }
}
