package org.highneeds.data.internal.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.SourceFile;

/**
 * Streams a published CSV once: decodes it strictly (so a wrong encoding is reported at its row and column instead of
 * becoming mojibake), checks its structure (same number of fields on every record, no unterminated quote, no binary
 * content) and writes a clean UTF-8 copy that DuckDB's {@code read_csv} then reads with fixed settings.
 *
 * <p>Why a Java pass at all: DuckDB 1.4 decodes only UTF-8, UTF-16 and Latin-1 without extensions, and GIAS files are
 * Windows-1252 (which differs from Latin-1 in 0x80-0x9F: euro sign, smart quotes, dashes). Doing the structural checks
 * here as well gives exact row/column messages for truncated and malformed files.
 */
public final class CsvPreflight {

    /** Windows-1252, the encoding of GIAS downloads. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Longest field accepted; protects against hostile files with an unterminated quote near the start. */
    static final int MAX_FIELD_CHARS = 1_000_000;

    /** Most columns accepted. */
    static final int MAX_COLUMNS = 10_000;

    private static final int BUFFER_BYTES = 64 * 1024;

    private CsvPreflight() {
    }

    /** Checks the header as soon as it is read, so a file of another family fails at row 1 before its body is decoded. */
    @FunctionalInterface
    public interface HeaderCheck {
        /** Returns a problem description, or {@code null} when the header is acceptable. */
        String problem(List<String> header);
    }

    /** A header check requiring the given headings (exact, case-insensitive). */
    public static HeaderCheck requireColumns(String family, String... headings) {
        return header -> {
            List<String> missing = new ArrayList<>();
            for (String h : headings) {
                if (header.stream().noneMatch(h::equalsIgnoreCase)) missing.add(h);
            }
            return missing.isEmpty() ? null : "not a " + family + " file: missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing);
        };
    }

    /**
     * Checks {@code file} and writes its normalised copy. The caller closes the result to delete the copy.
     *
     * @param charset the file's declared encoding; a UTF-8 byte order mark is skipped whatever the charset
     * @param headerCheck the family's layout check, run on the header before the rest of the file is read
     * @throws ImportException naming the row (line where the record starts) and column of the first problem
     */
    public static PreparedCsv prepare(SourceFile file, Charset charset, HeaderCheck headerCheck, IProgressMonitor monitor)
            throws ImportException {
        return prepare(file, charset, headerCheck, null, monitor);
    }

    /**
     * Like {@link #prepare(SourceFile, Charset, HeaderCheck, IProgressMonitor)}, copying only the columns whose heading
     * {@code keep} accepts (all are still decoded and counted): a GIAS extract has 130+ columns of which an importer
     * uses 40, and DuckDB's CSV reading time grows with the column count.
     */
    public static PreparedCsv prepare(SourceFile file, Charset charset, HeaderCheck headerCheck, Predicate<String> keep,
            IProgressMonitor monitor) throws ImportException {
        return prepare(file, charset, headerCheck, keep, false, monitor);
    }

    /**
     * Like {@link #prepare(SourceFile, Charset, HeaderCheck, Predicate, IProgressMonitor)}; with
     * {@code keepReplacementCharacters} a U+FFFD in a cell is data (a character lost upstream, for the importer to
     * report) rather than a sign of a wrong encoding.
     */
    public static PreparedCsv prepare(SourceFile file, Charset charset, HeaderCheck headerCheck, Predicate<String> keep,
            boolean keepReplacementCharacters, IProgressMonitor monitor) throws ImportException {
        long size;
        try {
            size = file.size();
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "cannot read file: " + e.getMessage(), e);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Checking " + file.fileName(), (int) Math.min(Integer.MAX_VALUE, size / BUFFER_BYTES + 1));
        Path out = null;
        boolean ok = false;
        try {
            out = Files.createTempFile("highneeds-import-", ".csv");
            try (InputStream in = Files.newInputStream(file.path());
                    Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                Parser p = new Parser(file.fileName(), w, headerCheck, keep, keepReplacementCharacters);
                decode(in, charset, p, progress);
                p.finish();
                if (p.header == null) {
                    throw p.error(0, 0, null, "the file is empty");
                }
                if (p.dataRows == 0) {
                    throw p.error(1, 0, null, "the file has a header but no data rows");
                }
                w.flush();
                ok = true;
                return new PreparedCsv(out, p.header, p.kept, p.dataRows);
            }
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "cannot read file: " + e.getMessage(), e);
        } finally {
            if (!ok && out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // best effort clean-up of our own temp file
                }
            }
        }
    }

    /**
     * Best-effort parse of the first record in {@code head} for recognition; never throws. Returns an empty list
     * when the bytes do not look like text in {@code charset}.
     */
    public static List<String> sniffHeader(byte[] head, Charset charset) {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = d.decode(ByteBuffer.wrap(head)).toString();
        } catch (Exception e) {
            return List.of();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) return List.of();
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        f.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString().trim());
                f.setLength(0);
            } else if (c == '\n' || c == '\r') {
                fields.add(f.toString().trim());
                return fields;
            } else {
                f.append(c);
            }
        }
        // header longer than the sniff buffer, or a file without newline: keep what was complete
        if (!quoted) fields.add(f.toString().trim());
        return fields;
    }

    private static void decode(InputStream in, Charset charset, Parser p, SubMonitor progress)
            throws IOException, ImportException {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER_BYTES);
        CharBuffer chars = CharBuffer.allocate(BUFFER_BYTES);
        boolean eof = false;
        boolean first = true;
        while (true) {
            if (progress.isCanceled()) throw new OperationCanceledException();
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                    progress.worked(1);
                }
            }
            bytes.flip();
            if (first && bytes.remaining() < 3 && !eof) {
                bytes.compact(); // need three bytes to recognise a byte order mark
                continue;
            }
            if (first) {
                // a UTF-8 BOM (metadata.csv has one) is an encoding signature, not data
                if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                        && (bytes.get(2) & 0xFF) == 0xBF) {
                    bytes.position(3);
                }
                first = false;
            }
            CoderResult r = d.decode(bytes, chars, eof);
            chars.flip();
            p.accept(chars);
            chars.clear();
            if (r.isError()) {
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < r.length() && bytes.position() + i < bytes.limit(); i++) {
                    hex.append(String.format(Locale.ROOT, "%s0x%02X", i == 0 ? "" : " ", bytes.get(bytes.position() + i) & 0xFF));
                }
                throw p.errorHere("byte " + (hex.length() == 0 ? "sequence" : hex) + " is not valid " + charset.name()
                        + " text (wrong encoding or corrupt file?)");
            }
            if (r.isUnderflow() && eof && !bytes.hasRemaining()) {
                CoderResult f = d.flush(chars);
                chars.flip();
                p.accept(chars);
                if (f.isError()) throw p.errorHere("incomplete " + charset.name() + " character at end of file (truncated?)");
                return;
            }
            bytes.compact();
        }
    }

    /** RFC 4180 state machine that validates and re-emits records. */
    private static final class Parser {
        private final String fileName;
        private final Writer out;
        private List<String> header;
        private long dataRows;

        private final List<String> record = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private boolean inQuotes;
        private boolean afterClosingQuote;
        private boolean fieldWasQuoted;
        private boolean pendingCr;
        private long line = 1;
        private long recordStartLine = 1;
        private long quoteStartLine;

        private final HeaderCheck headerCheck;
        private final Predicate<String> keep;
        private final boolean keepReplacementCharacters;
        private boolean[] kept;

        Parser(String fileName, Writer out, HeaderCheck headerCheck, Predicate<String> keep, boolean keepReplacementCharacters) {
            this.fileName = fileName;
            this.out = out;
            this.headerCheck = headerCheck;
            this.keep = keep;
            this.keepReplacementCharacters = keepReplacementCharacters;
        }

        void accept(CharBuffer chars) throws IOException, ImportException {
            while (chars.hasRemaining()) {
                char c = chars.get();
                if (pendingCr) {
                    pendingCr = false;
                    if (c == '\n') continue; // CRLF already ended the line
                }
                if (c == '\r' || c == '\n') {
                    if (c == '\r') pendingCr = true;
                    if (inQuotes) {
                        field.append('\n');
                        line++;
                        continue;
                    }
                    endField();
                    endRecord();
                    line++;
                    recordStartLine = line;
                    continue;
                }
                if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F || c == '\uFFFD' && !keepReplacementCharacters) {
                    throw errorHere(String.format(Locale.ROOT, "control character U+%04X in text (binary file or wrong encoding?)", (int) c));
                }
                if (inQuotes) {
                    if (c == '"') {
                        inQuotes = false;
                        afterClosingQuote = true;
                    } else {
                        append(c);
                    }
                } else if (afterClosingQuote) {
                    if (c == '"') {
                        // doubled quote inside a quoted field
                        append('"');
                        inQuotes = true;
                        afterClosingQuote = false;
                    } else if (c == ',') {
                        endField();
                    } else if (c != ' ' && c != '\t') {
                        throw errorHere("unexpected character '" + c + "' after a closing quote");
                    }
                } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                    inQuotes = true;
                    fieldWasQuoted = true;
                    quoteStartLine = line;
                } else if (c == ',') {
                    endField();
                } else {
                    append(c);
                }
            }
        }

        private void append(char c) throws ImportException {
            if (field.length() >= MAX_FIELD_CHARS) {
                throw errorHere("field longer than " + MAX_FIELD_CHARS + " characters (unterminated quote or not a CSV file?)");
            }
            field.append(c);
        }

        private void endField() throws ImportException {
            if (record.size() >= MAX_COLUMNS) throw errorHere("more than " + MAX_COLUMNS + " columns");
            record.add(field.toString());
            recordHasQuoted |= fieldWasQuoted;
            field.setLength(0);
            afterClosingQuote = false;
            fieldWasQuoted = false;
        }

        private void endRecord() throws IOException, ImportException {
            boolean quoted = recordHasQuoted;
            recordHasQuoted = false;
            if (record.size() == 1 && record.get(0).isEmpty() && !quoted) {
                record.clear(); // blank line
                return;
            }
            if (header == null) {
                List<String> h = new ArrayList<>(record.size());
                Map<String, Integer> seen = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String name = record.get(i).trim();
                    if (!name.isEmpty()) {
                        Integer before = seen.put(name.toLowerCase(Locale.ROOT), i);
                        if (before != null) {
                            throw new ImportException(new ImportLocation(fileName, null, recordStartLine, i + 1, name),
                                    "column heading repeats column " + (before + 1));
                        }
                    }
                    h.add(name);
                }
                header = h;
                String problem = headerCheck == null ? null : headerCheck.problem(h);
                if (problem != null) throw new ImportException(new ImportLocation(fileName, null, recordStartLine, 0, null), problem);
                kept = new boolean[h.size()];
                out.write("line");
                for (int i = 1; i <= h.size(); i++) {
                    kept[i - 1] = !h.get(i - 1).isEmpty() && (keep == null || keep.test(h.get(i - 1)));
                    if (!kept[i - 1]) continue;
                    out.write(",c");
                    out.write(Integer.toString(i));
                }
                out.write('\n');
            } else {
                if (record.size() != header.size()) {
                    int col = Math.min(record.size(), header.size());
                    throw new ImportException(new ImportLocation(fileName, null, recordStartLine,
                            col + 1, record.size() < header.size() ? header.get(col) : null),
                            "record has " + record.size() + (record.size() == 1 ? " field" : " fields") + " but the header has " + header.size()
                                    + (record.size() < header.size() ? " (truncated file or wrong layout?)" : " (wrong layout?)"));
                }
                dataRows++;
                out.write(Long.toString(recordStartLine));
                for (int i = 0; i < record.size(); i++) {
                    if (!kept[i]) continue;
                    String v = record.get(i);
                    out.write(',');
                    if (!v.isEmpty()) {
                        out.write('"');
                        out.write(v.indexOf('"') >= 0 ? v.replace("\"", "\"\"") : v);
                        out.write('"');
                    }
                }
                out.write('\n');
            }
            record.clear();
        }

        private boolean recordHasQuoted;

        void finish() throws IOException, ImportException {
            if (inQuotes) {
                throw new ImportException(new ImportLocation(fileName, null, quoteStartLine, record.size() + 1, columnName(record.size())),
                        "quoted field is not closed before the end of the file (truncated file?)");
            }
            if (field.length() > 0 || !record.isEmpty() || fieldWasQuoted) {
                endField();
                endRecord();
            }
        }

        private String columnName(int index) {
            return header != null && index < header.size() ? header.get(index) : null;
        }

        ImportException errorHere(String problem) {
            int col = record.size();
            return new ImportException(new ImportLocation(fileName, null, header == null ? line : recordStartLine, col + 1, columnName(col)),
                    problem + (header != null && line != recordStartLine ? " (at line " + line + ")" : ""));
        }

        ImportException error(long row, int column, String columnName, String problem) {
            return new ImportException(new ImportLocation(fileName, null, row, column, columnName), problem);
        }
    }
}
