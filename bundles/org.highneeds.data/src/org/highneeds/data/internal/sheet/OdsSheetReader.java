package org.highneeds.data.internal.sheet;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;

/**
 * Streaming OpenDocument spreadsheet reader: StAX over {@code content.xml}. Repeated rows and columns
 * ({@code number-rows-repeated}, {@code number-columns-repeated}) are counted, not expanded, when blank, so the
 * usual "1,048,549 empty rows x 16,384 columns" tail of a LibreOffice sheet costs nothing. Covered (merged)
 * cells are blank. Errors ({@code calcext:value-type="error"} or text such as {@code #REF!} / {@code Err:502})
 * become {@link CellType#ERROR} cells.
 */
public final class OdsSheetReader implements SheetReader {

    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    private final String fileName;
    private final SheetLimits limits;
    private final ZipFile zip;
    private final ZipEntry content;
    private List<String> names;

    /** Opens {@code path}; fails with a clear message when it is not a readable ods file. */
    public OdsSheetReader(Path path, SheetLimits limits) throws ImportException {
        this.fileName = path.getFileName().toString();
        this.limits = limits;
        ZipFile z = null;
        try {
            if (java.nio.file.Files.size(path) == 0) throw new ImportException(where(null, 0, 0), "the file is empty (0 bytes)");
            z = new ZipFile(path.toFile());
            ZipEntry mt = z.getEntry("mimetype");
            if (mt != null) {
                try (InputStream in = z.getInputStream(mt)) {
                    String mime = new String(in.readNBytes(200), StandardCharsets.US_ASCII).trim();
                    if (!mime.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                        throw new ImportException(where(null, 0, 0), "not an OpenDocument spreadsheet (mimetype " + mime + ")");
                    }
                }
            }
            ZipEntry c = z.getEntry("content.xml");
            if (c == null) throw new ImportException(where(null, 0, 0), "not an OpenDocument spreadsheet: no content.xml");
            this.zip = z;
            this.content = c;
        } catch (ImportException e) {
            closeQuietly(z);
            throw e;
        } catch (ZipException e) {
            closeQuietly(z);
            throw new ImportException(where(null, 0, 0), "the file is truncated or corrupt (not a readable zip: " + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(z);
            throw new ImportException(where(null, 0, 0), "cannot open as an ods spreadsheet (" + e + ")", e);
        }
    }

    private ImportLocation where(String sheet, long row, int col) {
        return new ImportLocation(fileName, sheet, row, col, null);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    private InputStream openContent() throws IOException {
        return new InflateGuardInputStream(zip.getInputStream(content), "content.xml", content.getCompressedSize(),
                limits.minInflateRatio(), limits.maxEntryBytes());
    }

    private static XMLStreamReader newReader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        // hostile-file hardening: no DTDs, no external entities
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f.createXMLStreamReader(in);
    }

    @Override
    public List<String> sheetNames() throws ImportException {
        if (names == null) {
            List<String> list = new ArrayList<>();
            try (InputStream in = openContent()) {
                XMLStreamReader x = newReader(in);
                try {
                    while (x.hasNext()) {
                        if (x.next() == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI())
                                && "table".equals(x.getLocalName())) {
                            list.add(x.getAttributeValue(TABLE, "name"));
                        }
                    }
                } finally {
                    x.close();
                }
            } catch (IOException | XMLStreamException | RuntimeException e) {
                throw problem(null, 0, 0, e);
            }
            names = list;
        }
        return names;
    }

    private ImportException problem(String sheet, long row, int col, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InflateGuardInputStream.ZipBombException) {
                return new ImportException(where(sheet, row, col), "refused: content.xml inflates far beyond its "
                        + "compressed size (possible zip bomb); the file was not read. Detail: " + t.getMessage(), e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase();
            if (t instanceof EOFException || t instanceof ZipException || m.contains("unexpected end")
                    || m.contains("premature end") || m.contains("truncated")) {
                return new ImportException(where(sheet, row, col), "the file is truncated or corrupt (" + t + ")", e);
            }
        }
        return new ImportException(where(sheet, row, col), "cannot read the spreadsheet content (" + e + ")", e);
    }

    @Override
    public void read(String sheet, RowVisitor visitor, IProgressMonitor monitor) throws ImportException {
        if (!sheetNames().contains(sheet)) {
            throw new ImportException(where(sheet, 0, 0), "no sheet named '" + sheet + "'; the workbook has " + sheetNames());
        }
        long row = 0;
        int col = 0;
        try (InputStream in = openContent()) {
            XMLStreamReader x = newReader(in);
            try {
                boolean inSheet = false;
                int depth = 0; // nesting of table:table elements, so sub-tables do not end the sheet
                List<SheetCell> cells = new ArrayList<>();
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI())) {
                        String ln = x.getLocalName();
                        if ("table".equals(ln)) {
                            if (inSheet) depth++;
                            else if (sheet.equals(x.getAttributeValue(TABLE, "name"))) {
                                inSheet = true;
                                depth = 0;
                            }
                        } else if (inSheet && depth == 0 && "table-row".equals(ln)) {
                            long repeat = parseRepeat(x.getAttributeValue(TABLE, "number-rows-repeated"));
                            long first = row + 1;
                            cells.clear();
                            col = 0;
                            // read the row's cells
                            while (true) {
                                int e2 = x.next();
                                if (e2 == XMLStreamConstants.START_ELEMENT && TABLE.equals(x.getNamespaceURI())
                                        && ("table-cell".equals(x.getLocalName()) || "covered-table-cell".equals(x.getLocalName()))) {
                                    boolean covered = "covered-table-cell".equals(x.getLocalName());
                                    long colRepeat = parseRepeat(x.getAttributeValue(TABLE, "number-columns-repeated"));
                                    row = first;
                                    SheetCell proto = readCell(x, col + 1, covered, sheet, first);
                                    if (proto.isBlank()) {
                                        col = (int) Math.min(Integer.MAX_VALUE, col + colRepeat);
                                    } else {
                                        if (col + colRepeat > limits.maxColumns()) {
                                            throw new ImportException(where(sheet, first, col + 1),
                                                    "a value repeated " + colRepeat + " times runs past column " + limits.maxColumns());
                                        }
                                        for (long k = 0; k < colRepeat; k++) {
                                            col++;
                                            cells.add(new SheetCell(col, proto.type(), proto.text(), proto.number(), proto.bool(), proto.date()));
                                        }
                                    }
                                } else if (e2 == XMLStreamConstants.END_ELEMENT && TABLE.equals(x.getNamespaceURI())
                                        && "table-row".equals(x.getLocalName())) {
                                    break;
                                }
                            }
                            if (cells.isEmpty()) {
                                row = first + repeat - 1; // blank rows: counted, never expanded
                            } else {
                                if (first + repeat - 1 > limits.maxRows()) {
                                    throw new ImportException(where(sheet, first, 0),
                                            "a row repeated " + repeat + " times runs past row " + limits.maxRows());
                                }
                                for (long k = 0; k < repeat; k++) {
                                    row = first + k;
                                    if (monitor.isCanceled()) throw new OperationCanceledException();
                                    if (!visitor.visit(new SheetRow(row, cells))) return;
                                }
                            }
                            col = 0;
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT && inSheet && TABLE.equals(x.getNamespaceURI())
                            && "table".equals(x.getLocalName())) {
                        if (depth == 0) return;
                        depth--;
                    }
                }
            } finally {
                x.close();
            }
        } catch (ImportException | OperationCanceledException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw problem(sheet, row, col, e);
        }
    }

    private long parseRepeat(String s) {
        if (s == null) return 1;
        try {
            long n = Long.parseLong(s.trim());
            return n < 1 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Reads one cell element (cursor on its start tag) up to its end tag. */
    private SheetCell readCell(XMLStreamReader x, int column, boolean covered, String sheet, long row)
            throws XMLStreamException, ImportException {
        String type = x.getAttributeValue(OFFICE, "value-type");
        String calcType = x.getAttributeValue(CALCEXT, "value-type");
        String value = x.getAttributeValue(OFFICE, "value");
        String dateValue = x.getAttributeValue(OFFICE, "date-value");
        String boolValue = x.getAttributeValue(OFFICE, "boolean-value");
        String stringValue = x.getAttributeValue(OFFICE, "string-value");
        StringBuilder text = new StringBuilder();
        int paragraphs = 0;
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (TEXT.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "p" -> {
                            if (paragraphs++ > 0) text.append('\n');
                        }
                        case "s" -> {
                            String c = x.getAttributeValue(TEXT, "c");
                            int n = c == null ? 1 : (int) Math.min(parseRepeat(c), limits.maxCellChars());
                            text.append(" ".repeat(n));
                        }
                        case "tab" -> text.append('\t');
                        case "line-break" -> text.append('\n');
                        default -> {
                        }
                    }
                } else if (OFFICE.equals(x.getNamespaceURI()) && "annotation".equals(x.getLocalName())) {
                    skipElement(x); // comments are not cell text
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                text.append(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
            }
            if (text.length() > limits.maxCellChars()) {
                throw new ImportException(where(sheet, row, column), "cell text longer than " + limits.maxCellChars() + " characters");
            }
        }
        if (covered && type == null && text.isEmpty()) return SheetCell.blank(column);
        if ("error".equals(calcType)) return SheetCell.error(column, text.toString().strip());
        if (type == null) {
            return text.isEmpty() ? SheetCell.blank(column) : SheetCell.text(column, text.toString());
        }
        try {
            return switch (type) {
                case "float", "percentage", "currency" -> value == null ? SheetCell.blank(column)
                        : SheetCell.number(column, Double.parseDouble(value));
                case "date" -> SheetCell.date(column, dateValue.length() <= 10 ? LocalDate.parse(dateValue).atStartOfDay()
                        : LocalDateTime.parse(dateValue.length() > 19 ? dateValue.substring(0, 19) : dateValue));
                case "boolean" -> SheetCell.bool(column, "true".equalsIgnoreCase(boolValue));
                case "time" -> SheetCell.text(column, x.getAttributeValue(OFFICE, "time-value"));
                default -> {
                    String s = stringValue != null && text.isEmpty() ? stringValue : text.toString();
                    yield SheetCell.text(column, s);
                }
            };
        } catch (RuntimeException e) {
            throw new ImportException(where(sheet, row, column), "unreadable " + type + " value '" + value + dateValue + "'", e);
        }
    }

    private static void skipElement(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    private static void closeQuietly(ZipFile z) {
        if (z != null) {
            try {
                z.close();
            } catch (IOException ignored) {
                // closing a read-only zip cannot lose data
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }
}
