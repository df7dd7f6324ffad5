package org.highneeds.data.internal.sheet;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streaming xlsx reader on POI's event API (XSSFReader + SAX): shared strings and styles are loaded once, sheet
 * XML is parsed as a stream, so memory stays flat whatever the number of rows. POI's ZipSecureFile guards
 * (inflate ratio, entry size) apply to every part read.
 */
public final class XlsxSheetReader implements SheetReader {

    private static final Pattern DATE1904 = Pattern.compile("date1904\\s*=\\s*\"(1|true)\"");

    private final Path path;
    private final String fileName;
    private final SheetLimits limits;
    private final OPCPackage pkg;
    private final XSSFReader xssf;
    private ReadOnlySharedStringsTable sharedStrings;
    /** Plain strings per shared-string index: POI builds an XMLBeans rich-text object on every lookup. */
    private String[] sharedText;
    private StylesTable styles;
    private Boolean[] dateStyle;
    private boolean date1904;
    private Map<String, Integer> sheetIndex;

    /** Opens {@code path} read-only; fails with a clear message when it is not a readable xlsx. */
    public XlsxSheetReader(Path path, SheetLimits limits) throws ImportException {
        this.path = path;
        this.fileName = path.getFileName().toString();
        this.limits = limits;
        OPCPackage p = null;
        try {
            File f = path.toFile();
            if (f.length() == 0) throw new ImportException(where(null, 0, 0), "the file is empty (0 bytes)");
            p = OPCPackage.open(f, PackageAccess.READ);
            this.pkg = p;
            this.xssf = new XSSFReader(p);
        } catch (ImportException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            closeQuietly(p);
            throw problem(null, 0, 0, e, "cannot open as an xlsx workbook");
        }
    }

    @Override
    public String fileName() {
        return fileName;
    }

    private ImportLocation where(String sheet, long row, int col) {
        return new ImportLocation(fileName, sheet, row, col, null);
    }

    /** Turns any low-level failure into a message a user can act on, spotting zip bombs and truncation. */
    private ImportException problem(String sheet, long row, int col, Throwable e, String doing) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ImportException ie) return ie;
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("max. ratio") || m.contains("exceed the max")) {
                return new ImportException(where(sheet, row, col),
                        "refused: a part of the file inflates far beyond its compressed size (possible zip bomb); "
                                + "the file was not read. Detail: " + firstLine(m), e);
            }
        }
        String detail = e.getClass().getSimpleName() + ": " + firstLine(String.valueOf(e.getMessage()));
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase();
            if (t instanceof java.io.EOFException || m.contains("unexpected end") || m.contains("truncated")
                    || m.contains("end header not found") || m.contains("zip file is empty")
                    || m.contains("premature end") || m.contains("no valid entries")
                    || m.contains("xml document structures must start and end")) {
                return new ImportException(where(sheet, row, col),
                        doing + ": the file is truncated or corrupt (" + detail + ")", e);
            }
        }
        return new ImportException(where(sheet, row, col), doing + ": the file is not a readable xlsx workbook ("
                + detail + ")", e);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public List<String> sheetNames() throws ImportException {
        return new ArrayList<>(sheets().keySet());
    }

    private Map<String, Integer> sheets() throws ImportException {
        if (sheetIndex == null) {
            Map<String, Integer> m = new LinkedHashMap<>();
            try {
                XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) xssf.getSheetsData();
                int i = 0;
                while (it.hasNext()) {
                    try (InputStream in = it.next()) {
                        m.put(it.getSheetName(), i++);
                    }
                }
            } catch (Exception e) {
                throw problem(null, 0, 0, e, "cannot list the sheets");
            }
            sheetIndex = m;
        }
        return sheetIndex;
    }

    private void loadShared() throws ImportException {
        if (styles != null) return;
        try {
            sharedStrings = new ReadOnlySharedStringsTable(pkg, false);
            sharedText = new String[sharedStrings.getCount()];
            styles = xssf.getStylesTable();
            dateStyle = new Boolean[Math.max(1, styles == null ? 1 : styles.getNumCellStyles())];
            try (InputStream wb = xssf.getWorkbookData()) {
                String head = new String(wb.readNBytes(1 << 20), StandardCharsets.UTF_8);
                date1904 = DATE1904.matcher(head).find();
            }
        } catch (Exception e) {
            throw problem(null, 0, 0, e, "cannot read shared strings or styles");
        }
    }

    @Override
    public void read(String sheet, RowVisitor visitor, IProgressMonitor monitor) throws ImportException {
        Integer idx = sheets().get(sheet);
        if (idx == null) {
            throw new ImportException(where(sheet, 0, 0), "no sheet named '" + sheet + "'; the workbook has " + sheets().keySet());
        }
        loadShared();
        SheetHandler handler = new SheetHandler(sheet, visitor, monitor);
        try {
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) xssf.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    if (!sheet.equals(it.getSheetName())) continue;
                    XMLReader xr = XMLHelper.newXMLReader();
                    xr.setContentHandler(handler);
                    xr.parse(new InputSource(in));
                    return;
                }
            }
        } catch (ReadAbort a) {
            if (a.importException != null) throw a.importException;
        } catch (OperationCanceledException e) {
            throw e;
        } catch (SAXException | IOException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof SAXException se && se.getException() instanceof ReadAbort a) {
                if (a.importException != null) throw a.importException;
                return;
            }
            if (e instanceof SAXException se && se.getException() instanceof OperationCanceledException oce) throw oce;
            throw problem(sheet, handler.rowNumber, handler.column, e, "cannot read the sheet");
        } catch (Exception e) {
            throw problem(sheet, handler.rowNumber, handler.column, e, "cannot read the sheet");
        }
    }

    private boolean isDateStyle(int styleIndex) {
        if (styles == null || styleIndex < 0) return false;
        if (styleIndex >= dateStyle.length) {
            Boolean[] bigger = new Boolean[styleIndex + 1];
            System.arraycopy(dateStyle, 0, bigger, 0, dateStyle.length);
            dateStyle = bigger;
        }
        Boolean known = dateStyle[styleIndex];
        if (known == null) {
            boolean d = false;
            if (styleIndex < styles.getNumCellStyles()) {
                XSSFCellStyle st = styles.getStyleAt(styleIndex);
                if (st != null) {
                    String fmt = st.getDataFormatString();
                    d = fmt != null && DateUtil.isADateFormat(st.getDataFormat(), fmt);
                }
            }
            dateStyle[styleIndex] = known = d;
        }
        return known;
    }

    /** SAX handler turning sheet XML into {@link SheetRow}s. */
    private final class SheetHandler extends DefaultHandler {
        private final String sheet;
        private final RowVisitor visitor;
        private final IProgressMonitor monitor;
        private final StringBuilder value = new StringBuilder();
        private final List<SheetCell> cells = new ArrayList<>();
        long rowNumber;
        int column;
        private String cellType;
        private int cellStyle;
        private boolean inValue;
        private boolean inInlineText;
        private boolean cellHasValue;

        SheetHandler(String sheet, RowVisitor visitor, IProgressMonitor monitor) {
            this.sheet = sheet;
            this.visitor = visitor;
            this.monitor = monitor;
        }

        private ImportException at(String problem) {
            return new ImportException(where(sheet, rowNumber, column), problem);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r != null ? parseLong(r, rowNumber + 1) : rowNumber + 1;
                    if (rowNumber > limits.maxRows()) {
                        throw new ReadAbort(at("row number exceeds the limit of " + limits.maxRows()));
                    }
                    column = 0;
                    cells.clear();
                    if (monitor.isCanceled()) throw new OperationCanceledException();
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref != null ? columnOf(ref, column + 1) : column + 1;
                    if (column > limits.maxColumns()) {
                        throw new ReadAbort(at("column number exceeds the limit of " + limits.maxColumns()));
                    }
                    cellType = atts.getValue("t");
                    String s = atts.getValue("s");
                    cellStyle = s != null ? (int) parseLong(s, 0) : 0;
                    cellHasValue = false;
                    value.setLength(0);
                }
                case "v" -> {
                    inValue = true;
                    value.setLength(0);
                }
                case "t" -> {
                    if ("inlineStr".equals(cellType)) inInlineText = true;
                }
                default -> {
                    // formulas (f), rich text runs and extensions are not needed: the cached value is in <v>
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                if (value.length() + length > limits.maxCellChars()) {
                    throw new ReadAbort(at("cell text longer than " + limits.maxCellChars() + " characters"));
                }
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    cellHasValue = true;
                }
                case "t" -> {
                    if (inInlineText) cellHasValue = true;
                    inInlineText = false;
                }
                case "c" -> {
                    SheetCell c = cellHasValue ? toCell() : SheetCell.blank(column);
                    if (!c.isBlank()) cells.add(c);
                }
                case "row" -> {
                    if (!cells.isEmpty()) {
                        boolean more;
                        try {
                            more = visitor.visit(new SheetRow(rowNumber, cells));
                        } catch (ImportException e) {
                            throw new ReadAbort(e);
                        }
                        if (!more) throw new ReadAbort(null);
                    }
                }
                default -> {
                }
            }
        }

        private SheetCell toCell() {
            String v = value.toString();
            String t = cellType == null ? "n" : cellType;
            switch (t) {
                case "s" -> {
                    int i = (int) parseLong(v.trim(), -1);
                    if (i < 0 || i >= sharedStrings.getCount()) {
                        throw new ReadAbort(at("shared string index '" + v + "' out of range"));
                    }
                    String s = sharedText[i];
                    if (s == null) s = sharedText[i] = sharedStrings.getItemAt(i).getString();
                    if (s.length() > limits.maxCellChars()) {
                        throw new ReadAbort(at("cell text longer than " + limits.maxCellChars() + " characters"));
                    }
                    return SheetCell.text(column, s);
                }
                case "inlineStr", "str" -> {
                    return SheetCell.text(column, v);
                }
                case "b" -> {
                    return SheetCell.bool(column, "1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()));
                }
                case "e" -> {
                    return SheetCell.error(column, v.trim());
                }
                case "d" -> {
                    try {
                        String iso = v.trim();
                        return SheetCell.date(column, iso.length() <= 10 ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso));
                    } catch (RuntimeException e) {
                        throw new ReadAbort(at("unreadable ISO date '" + v + "'"));
                    }
                }
                default -> {
                    if (v.isBlank()) return SheetCell.blank(column);
                    double d;
                    try {
                        d = Double.parseDouble(v.trim());
                    } catch (NumberFormatException e) {
                        throw new ReadAbort(at("numeric cell holds '" + abbreviate(v) + "', not a number"));
                    }
                    if (isDateStyle(cellStyle) && DateUtil.isValidExcelDate(d)) {
                        LocalDateTime dt = DateUtil.getLocalDateTime(d, date1904);
                        if (dt != null) return SheetCell.date(column, dt);
                    }
                    return SheetCell.number(column, d);
                }
            }
        }
    }

    /** 1-based column of a cell reference such as {@code AR8}; POI's CellReference is too slow per cell. */
    static int columnOf(String ref, int fallback) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= 'A' && ch <= 'Z') col = col * 26 + (ch - 'A' + 1);
            else if (ch >= 'a' && ch <= 'z') col = col * 26 + (ch - 'a' + 1);
            else if (ch == '$') continue;
            else break;
            if (col > 1_000_000) return fallback;
        }
        return col == 0 ? fallback : col;
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static long parseLong(String s, long fallback) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void closeQuietly(OPCPackage p) {
        if (p != null) {
            try {
                p.revert();
            } catch (RuntimeException ignored) {
                // nothing was written: read-only package
            }
        }
    }

    @Override
    public void close() {
        closeQuietly(pkg);
    }

    /** The path this reader reads. */
    public Path path() {
        return path;
    }
}
