package org.highneeds.data.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;

/**
 * One pass over the bytes of a comma-separated file (RFC 4180 quoting, as {@link RawCsv} reads it) that says, per
 * column, which cells are certainly ordinary: blank, a plain number ({@code -?digits[.digits]}) or a common marker
 * written plainly ({@code c x z u : low}). Checks that would otherwise parse every cell in SQL (tens of millions
 * of casts for a big file) then look only at the columns that have any other cell, so they stay exact at a
 * fraction of the cost. Also gives the longest cell of each column in bytes, and the same counts over the first
 * {@link #SAMPLE_ROWS} data rows.
 */
public final class CellProfile {

    /** Data rows of the sample (the rows the EES importer classifies filters and indicators on). */
    public static final int SAMPLE_ROWS = 20_000;

    /** Longer digit strings are left to the SQL rules (a double overflows around 309 digits). */
    private static final int MAX_NUMBER_BYTES = 300;

    private final int columns;
    private final long[] unusual;
    private final long[] sampleNumbers;
    private final long[] sampleUnusual;
    private final long[] maxBytes;
    private long rows;

    private CellProfile(int columns) {
        this.columns = columns;
        unusual = new long[columns];
        sampleNumbers = new long[columns];
        sampleUnusual = new long[columns];
        maxBytes = new long[columns];
    }

    /** Data rows seen (blank lines are not rows). */
    public long rows() {
        return rows;
    }

    /**
     * Cells of column {@code i} (0-based) that are neither blank, nor plain numbers, nor plain common markers (1 for
     * a column the file does not have: nothing is known about it).
     */
    public long unusual(int i) {
        return i >= 0 && i < columns ? unusual[i] : 1; // a column it does not know may hold anything
    }

    /** Plain numbers in column {@code i} among the first {@link #SAMPLE_ROWS} data rows. */
    public long sampleNumbers(int i) {
        return i >= 0 && i < columns ? sampleNumbers[i] : 0;
    }

    /** Unusual cells (see {@link #unusual(int)}) in column {@code i} among the first {@link #SAMPLE_ROWS} data rows. */
    public long sampleUnusual(int i) {
        return i >= 0 && i < columns ? sampleUnusual[i] : 1;
    }

    /** Longest cell of column {@code i} in bytes (UTF-8, quotes removed). */
    public long maxBytes(int i) {
        return i >= 0 && i < columns ? maxBytes[i] : Long.MAX_VALUE;
    }

    /**
     * Scans {@code file} (header line skipped); fields beyond {@code columns} are ignored. {@code stop} is polled
     * every megabyte: when it says true the scan ends with {@link OperationCanceledException}.
     */
    public static CellProfile scan(Path file, int columns, BooleanSupplier stop) throws IOException {
        CellProfile p = new CellProfile(columns);
        try (InputStream in = Files.newInputStream(file)) {
            p.read(in, stop);
        }
        return p;
    }

    // number states
    private static final int START = 0, SIGN = 1, INT = 2, DOT = 3, FRAC = 4, BAD = 5;

    private void read(InputStream in, BooleanSupplier stop) throws IOException {
        byte[] buf = new byte[1 << 20];
        boolean header = true;
        boolean quoted = false;
        boolean quotePending = false; // a quote inside a quoted field: either "" (a quote) or the closing quote
        boolean skipLf = false;
        int col = 0;
        long len = 0; // bytes of the current field's value
        int state = START;
        int b0 = 0, b1 = 0, b2 = 0; // first three bytes of the field
        boolean recordHasBytes = false;
        int n;
        while ((n = in.read(buf)) > 0) {
            if (stop.getAsBoolean()) throw new OperationCanceledException();
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xff;
                if (skipLf) {
                    skipLf = false;
                    if (b == '\n') continue;
                }
                if (quoted) {
                    if (quotePending) {
                        quotePending = false;
                        if (b == '"') { // "" inside quotes: one quote character in the value
                            len++;
                            state = BAD;
                            continue;
                        }
                        quoted = false; // the quote closed the field; b is handled below
                    } else {
                        if (b == '"') {
                            quotePending = true;
                            continue;
                        }
                        // any byte inside quotes, line breaks included, is part of the value
                        if (len < 3) {
                            if (len == 0) b0 = b;
                            else if (len == 1) b1 = b;
                            else b2 = b;
                        }
                        len++;
                        state = nextState(state, b);
                        recordHasBytes = true;
                        continue;
                    }
                }
                if (b == ',' || b == '\n' || b == '\r') {
                    if (b == ',' || recordHasBytes || col > 0) {
                        if (!header) endField(col, len, state, b0, b1, b2);
                        col++;
                    }
                    len = 0;
                    state = START;
                    if (b != ',') {
                        if (b == '\r') skipLf = true;
                        if (recordHasBytes || col > 0) {
                            if (!header) rows++;
                            header = false;
                        }
                        col = 0;
                        recordHasBytes = false;
                    }
                    continue;
                }
                recordHasBytes = true;
                if (b == '"' && len == 0 && state == START) {
                    quoted = true;
                    continue;
                }
                if (len < 3) {
                    if (len == 0) b0 = b;
                    else if (len == 1) b1 = b;
                    else b2 = b;
                }
                len++;
                state = nextState(state, b);
            }
        }
        if (quotePending) quoted = false;
        if (recordHasBytes || col > 0) { // last line without a line break
            if (!header) {
                endField(col, len, state, b0, b1, b2);
                rows++;
            }
        }
    }

    private static int nextState(int state, int b) {
        boolean digit = b >= '0' && b <= '9';
        return switch (state) {
            case START -> b == '-' ? SIGN : digit ? INT : BAD;
            case SIGN -> digit ? INT : BAD;
            case INT -> digit ? INT : b == '.' ? DOT : BAD;
            case DOT, FRAC -> digit ? FRAC : BAD;
            default -> BAD;
        };
    }

    private void endField(int col, long len, int state, int b0, int b1, int b2) {
        if (col >= columns) return;
        if (len > maxBytes[col]) maxBytes[col] = len;
        if (len == 0) return;
        boolean number = (state == INT || state == FRAC) && len <= MAX_NUMBER_BYTES;
        boolean sample = rows < SAMPLE_ROWS;
        if (number) {
            if (sample) sampleNumbers[col]++;
            return;
        }
        boolean marker = (len == 1 && (b0 == 'c' || b0 == 'x' || b0 == 'z' || b0 == 'u' || b0 == ':'))
                || (len == 3 && b0 == 'l' && b1 == 'o' && b2 == 'w');
        if (marker) return;
        unusual[col]++;
        if (sample) sampleUnusual[col]++;
    }
}
