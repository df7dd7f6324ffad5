package org.highneeds.data.internal.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;

/**
 * A CSV file seen as a one-sheet workbook (sheet name = file name without extension), RFC 4180 quoting, all cells
 * as text. UTF-8 (with or without BOM) unless the bytes are not valid UTF-8, then Windows-1252 (GIAS style); UTF-16
 * when a BOM or the NUL bytes of ASCII text say so. The delimiter is found as DuckDB's sniffer finds it: the one of
 * comma, semicolon, tab and bar that splits the first lines into the same number of fields.
 */
public final class CsvSheetReader implements SheetReader {

    private final Path path;
    private final String fileName;
    private final String sheetName;
    private final SheetLimits limits;
    private Charset charset;
    private Character delimiter;

    /** Delimiters tried, comma first: it wins a tie. */
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** Lines looked at to find the delimiter. */
    private static final int SNIFF_LINES = 50;

    /** Prepares to read {@code path}; nothing is read until {@link #read}. */
    public CsvSheetReader(Path path, SheetLimits limits) throws ImportException {
        this.path = path;
        this.fileName = path.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        this.sheetName = dot > 0 ? fileName.substring(0, dot) : fileName;
        this.limits = limits;
        try {
            if (Files.size(path) == 0) throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "the file is empty (0 bytes)");
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "cannot read the file (" + e + ")", e);
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(sheetName);
    }

    /** The character set the file was found to be in (after a read). */
    public Charset charset() throws ImportException {
        if (charset == null) charset = detect();
        return charset;
    }

    /** The field delimiter the file was found to use (comma unless another splits its lines consistently). */
    public char delimiter() throws ImportException {
        if (delimiter == null) delimiter = sniffDelimiter();
        return delimiter;
    }

    /** How {@link #delimiter()} is named in a message: "semicolon (;)". */
    public static String delimiterName(char c) {
        return switch (c) {
            case ',' -> "comma (,)";
            case ';' -> "semicolon (;)";
            case '\t' -> "tab";
            case '|' -> "bar (|)";
            default -> "'" + c + "'";
        };
    }

    private char sniffDelimiter() throws ImportException {
        List<String> lines = new ArrayList<>();
        try (java.io.BufferedReader r = new java.io.BufferedReader(new InputStreamReader(Files.newInputStream(path), charset()))) {
            String line;
            while (lines.size() < SNIFF_LINES && (line = r.readLine()) != null) {
                if (!line.isBlank()) lines.add(lines.isEmpty() && line.startsWith("\uFEFF") ? line.substring(1) : line);
            }
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "cannot read the file (" + e + ")", e);
        }
        char best = ',';
        int bestFields = 1;
        for (char d : DELIMITERS) {
            int first = lines.isEmpty() ? 0 : fields(lines.get(0), d);
            if (first <= 1) continue;
            long agreeing = lines.stream().filter(l -> fields(l, d) == first).count();
            // a quoted field may hold a line break, so a few lines may disagree; most must not
            if (agreeing * 10 >= lines.size() * 9 && first > bestFields) {
                best = d;
                bestFields = first;
            }
        }
        return best;
    }

    /** Fields of one line split at {@code d} outside double quotes. */
    private static int fields(String line, char d) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == d && !quoted) n++;
        }
        return n;
    }

    /** UTF-16 by its byte order mark, or by NUL bytes in every other place as ASCII text in UTF-16 has; else null. */
    private Charset utf16() throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(4096);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i + 1 < head.length; i += 2) {
            if (head[i] == 0) evenNul++;
            if (head[i + 1] == 0) oddNul++;
        }
        int pairs = head.length / 2;
        if (pairs >= 2 && oddNul * 10 >= pairs * 7 && evenNul * 10 < pairs) return StandardCharsets.UTF_16LE;
        if (pairs >= 2 && evenNul * 10 >= pairs * 7 && oddNul * 10 < pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    private Charset detect() throws ImportException {
        try {
            Charset wide = utf16();
            if (wide != null) return wide;
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "cannot read the file (" + e + ")", e);
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            byte[] buf = new byte[64 * 1024];
            ByteBuffer bb = ByteBuffer.allocate(buf.length + 8);
            CharBuffer cb = CharBuffer.allocate(buf.length + 8);
            int n;
            while ((n = in.read(buf)) > 0) {
                bb.put(buf, 0, n).flip();
                cb.clear();
                if (dec.decode(bb, cb, false).isError()) return Charset.forName("windows-1252");
                bb.compact();
            }
            bb.flip();
            cb.clear();
            if (dec.decode(bb, cb, true).isError()) return Charset.forName("windows-1252");
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return Charset.forName("windows-1252");
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "cannot read the file (" + e + ")", e);
        }
    }

    @Override
    public void read(String sheet, RowVisitor visitor, IProgressMonitor monitor) throws ImportException {
        if (!sheetName.equals(sheet)) {
            throw new ImportException(new ImportLocation(fileName, sheet, 0, 0, null), "a CSV file has one sheet, '" + sheetName + "'");
        }
        Charset cs = charset();
        char delim = delimiter();
        long row = 1;
        int col = 1;
        try (Reader r = new java.io.BufferedReader(new InputStreamReader(Files.newInputStream(path), cs), 1 << 16)) {
            List<SheetCell> cells = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean fieldWasQuoted = false;
            boolean first = true;
            boolean any = false;
            int ch;
            while (true) {
                ch = r.read();
                if (first) {
                    first = false;
                    if (ch == 0xFEFF) continue; // BOM
                }
                if (ch < 0) {
                    if (quoted) {
                        throw new ImportException(new ImportLocation(fileName, sheet, row, col, null),
                                "the file ends inside a quoted field (truncated?)");
                    }
                    if (any || field.length() > 0) {
                        addField(cells, col, field, fieldWasQuoted);
                        emit(visitor, row, cells);
                    }
                    return;
                }
                any = true;
                if (quoted) {
                    if (ch == '"') {
                        r.mark(1);
                        int next = r.read();
                        if (next == '"') field.append('"');
                        else {
                            quoted = false;
                            if (next >= 0) r.reset();
                        }
                    } else field.append((char) ch);
                } else if (ch == '"' && field.length() == 0) {
                    quoted = true;
                    fieldWasQuoted = true;
                } else if (ch == delim) {
                    addField(cells, col, field, fieldWasQuoted);
                    fieldWasQuoted = false;
                    col++;
                    if (col > limits.maxColumns()) {
                        throw new ImportException(new ImportLocation(fileName, sheet, row, col, null), "more than " + limits.maxColumns() + " columns");
                    }
                } else if (ch == '\n' || ch == '\r') {
                    if (ch == '\r') {
                        r.mark(1);
                        if (r.read() != '\n') r.reset();
                    }
                    addField(cells, col, field, fieldWasQuoted);
                    fieldWasQuoted = false;
                    if (!emit(visitor, row, cells)) return;
                    if (monitor.isCanceled()) throw new OperationCanceledException();
                    row++;
                    col = 1;
                    any = false;
                    if (row > limits.maxRows() * 16) {
                        throw new ImportException(new ImportLocation(fileName, sheet, row, 0, null), "too many rows");
                    }
                } else field.append((char) ch);
                if (field.length() > limits.maxCellChars()) {
                    throw new ImportException(new ImportLocation(fileName, sheet, row, col, null),
                            "field longer than " + limits.maxCellChars() + " characters" + (quoted ? " (unbalanced quote?)" : ""));
                }
            }
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(fileName, sheet, row, col, null), "cannot read the file (" + e + ")", e);
        }
    }

    private static void addField(List<SheetCell> cells, int col, StringBuilder field, boolean quoted) {
        if (field.length() > 0 || quoted) cells.add(SheetCell.text(col, field.toString()));
        field.setLength(0);
    }

    private static boolean emit(RowVisitor visitor, long row, List<SheetCell> cells) throws ImportException {
        boolean more = true;
        SheetRow r = new SheetRow(row, cells);
        if (!r.isEmpty()) more = visitor.visit(r);
        cells.clear();
        return more;
    }

    @Override
    public void close() {
        // nothing held open between reads
    }
}
