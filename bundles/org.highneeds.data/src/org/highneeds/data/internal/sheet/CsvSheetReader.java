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
 * as text. UTF-8 (with or without BOM) unless the bytes are not valid UTF-8, then Windows-1252 (GIAS style).
 */
public final class CsvSheetReader implements SheetReader {

    private final Path path;
    private final String fileName;
    private final String sheetName;
    private final SheetLimits limits;
    private Charset charset;

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

    private Charset detect() throws ImportException {
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
                } else if (ch == ',') {
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
