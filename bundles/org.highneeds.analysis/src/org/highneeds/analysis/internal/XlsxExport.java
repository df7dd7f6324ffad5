package org.highneeds.analysis.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.highneeds.analysis.BenchmarkRow;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.Growth;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.ProfileEntry;
import org.highneeds.model.edit.ModelLabels;

/**
 * xlsx of benchmark tables and profiles: numbers stay numbers (with number formats), missing values are empty cells
 * with the reason beside them, and a "Definitions" sheet carries each indicator's definition, SQL and sources. A
 * benchmark table also gets native Excel charts over its cells (see {@link XlsxCharts}); a profile gets none, its rows
 * being in different units.
 * Written to a temporary file in the target folder and moved into place when complete.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle count;
        final CellStyle decimal;
        final CellStyle money;
        final CellStyle percentChange;
        final CellStyle wrap;

        Styles(XSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(big);
            count = numberStyle(wb, numberFormat(IndicatorUnit.COUNT));
            decimal = numberStyle(wb, numberFormat(IndicatorUnit.NUMBER));
            money = numberStyle(wb, numberFormat(IndicatorUnit.GBP));
            percentChange = numberStyle(wb, "+0.00%;-0.00%;0.00%");
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
        }

        private static CellStyle numberStyle(XSSFWorkbook wb, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }

        CellStyle of(IndicatorUnit unit) {
            return switch (unit) {
                case COUNT -> count;
                case GBP, GBP_PER_HEAD, GBP_PER_EHCP -> money;
                default -> decimal;
            };
        }
    }

    /** The Excel number format of values in {@code unit}, for cells and chart axes alike. */
    static String numberFormat(IndicatorUnit unit) {
        return switch (unit) {
            case COUNT -> "#,##0";
            case GBP, GBP_PER_HEAD, GBP_PER_EHCP -> "£#,##0";
            default -> "#,##0.0";
        };
    }

    public static void write(BenchmarkTable t, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            IndicatorDefinition d = t.indicator();
            XSSFSheet s = wb.createSheet("Benchmark");
            int r = 0;
            text(s.createRow(r++), 0, d.titleWithUnit() + ": " + t.subject().label(), st.title);
            text(s.createRow(r++), 0, "Comparators: " + t.group().name(), null);
            r++;
            int headerRow = r;
            Row h = s.createRow(r++);
            int c = 0;
            for (String name : List.of("LA code", "Name", "SN rank", "Proximity")) text(h, c++, name, st.header);
            for (int y : t.years()) text(h, c++, t.period(y), st.header);
            int from = t.years().get(0);
            int to = t.years().get(t.years().size() - 1);
            for (String name : List.of("Change " + t.period(from) + " to " + t.period(to), "Annualised change",
                    "Band " + t.period(to), "Rank " + t.period(to), "Of", "Distance from group mean", "Notes")) {
                text(h, c++, name, st.header);
            }
            Map<BenchmarkRow.Kind, Integer> firstRowOf = new EnumMap<>(BenchmarkRow.Kind.class);
            for (BenchmarkRow row : t.rows()) {
                firstRowOf.putIfAbsent(row.kind(), r);
                Row x = s.createRow(r++);
                c = 0;
                text(x, c++, row.laCode(), null);
                text(x, c++, row.name(), row.kind() == BenchmarkRow.Kind.SUBJECT ? st.header : null);
                number(x, c++, row.neighbourRank() == null ? null : row.neighbourRank().doubleValue(), null);
                text(x, c++, row.proximity(), null);
                StringBuilder notes = new StringBuilder();
                for (IndicatorValue v : row.cells()) {
                    number(x, c++, v.value(), st.of(d.unit()));
                    if (!v.note().isEmpty()) {
                        notes.append(notes.length() == 0 ? "" : "; ").append(t.period(v.year())).append(": ").append(v.note());
                    }
                }
                growth(x, c++, row.overallChange(), st);
                growth(x, c++, row.annualisedChange(), st);
                text(x, c++, row.last().band() == null ? null : row.last().band().name(), null);
                number(x, c++, row.last().rank() == null ? null : row.last().rank().doubleValue(), null);
                number(x, c++, row.last().rank() == null ? null : (double) row.last().rankedCount(), null);
                number(x, c++, row.kind() == BenchmarkRow.Kind.GROUP_MEAN ? null : row.distanceFromGroupMean(), st.of(d.unit()));
                text(x, c++, notes.toString(), null);
            }
            r++;
            text(s.createRow(r++), 0, "Change on the previous period", st.header);
            h = s.createRow(r++);
            c = 1;
            for (int y : t.years()) text(h, ++c, t.period(y), st.header);
            for (BenchmarkRow row : t.rows()) {
                Row x = s.createRow(r++);
                text(x, 0, row.laCode(), null);
                text(x, 1, row.name(), null);
                c = 2;
                for (IndicatorValue v : row.cells()) growth(x, c++, v.change(), st);
            }
            r++;
            text(s.createRow(r++), 0, "Notes", st.header);
            for (String n : t.notes()) text(s.createRow(r++), 0, n, null);
            s.setColumnWidth(1, 30 * 256);
            int subjectRow = firstRowOf.get(BenchmarkRow.Kind.SUBJECT);
            int groupMeanRow = firstRowOf.get(BenchmarkRow.Kind.GROUP_MEAN);
            XlsxCharts.draw(s, t, new XlsxCharts.Layout(headerRow, 4, subjectRow,
                    firstRowOf.getOrDefault(BenchmarkRow.Kind.COMPARATOR, groupMeanRow), groupMeanRow,
                    firstRowOf.get(BenchmarkRow.Kind.ENGLAND), 1, r), numberFormat(d.unit()));
            definitions(wb, st, List.of(d));
            save(wb, file);
        }
    }

    public static void write(LaProfile p, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet s = wb.createSheet("Profile");
            int r = 0;
            text(s.createRow(r++), 0, "Profile of " + p.la().label(), st.title);
            text(s.createRow(r++), 0, "Comparators: " + p.group().name(), null);
            r++;
            Row h = s.createRow(r++);
            int c = 0;
            for (String name : List.of("Indicator", "Title", "Unit", "Period", "Value", "Change on previous period", "Band",
                    "Rank", "Of", "Group mean", "England", "Distance from group mean", "Notes")) {
                text(h, c++, name, st.header);
            }
            for (ProfileEntry e : p.entries()) {
                IndicatorDefinition d = e.indicator();
                IndicatorValue v = e.value();
                Row x = s.createRow(r++);
                text(x, 0, d.id(), null);
                text(x, 1, d.title(), null);
                text(x, 2, d.unit().label(), null);
                if (v != null) {
                    text(x, 3, d.periodKind().format(v.year()), null);
                    number(x, 4, v.value(), st.of(d.unit()));
                    growth(x, 5, v.change(), st);
                    text(x, 6, v.band() == null ? null : v.band().name(), null);
                    number(x, 7, v.rank() == null ? null : v.rank().doubleValue(), null);
                    number(x, 8, v.rank() == null ? null : (double) v.rankedCount(), null);
                }
                number(x, 9, e.groupMean(), st.of(d.unit()));
                number(x, 10, e.england(), st.of(d.unit()));
                number(x, 11, e.distanceFromGroupMean(), st.of(d.unit()));
                text(x, 12, e.problem() != null ? e.problem() : v == null ? null : v.note(), null);
            }
            s.setColumnWidth(1, 45 * 256);
            definitions(wb, st, p.entries().stream().map(ProfileEntry::indicator).toList());
            save(wb, file);
        }
    }

    private static void definitions(XSSFWorkbook wb, Styles st, List<IndicatorDefinition> list) {
        Sheet s = wb.createSheet("Definitions");
        Row h = s.createRow(0);
        int c = 0;
        for (String name : List.of("Indicator", "Title", "Unit", "Polarity", "Period", "Group mean", "Definition", "Sources",
                "Defined by", "SQL")) {
            text(h, c++, name, st.header);
        }
        int r = 1;
        for (IndicatorDefinition d : list) {
            Row x = s.createRow(r++);
            text(x, 0, d.id(), null);
            text(x, 1, d.title(), null);
            text(x, 2, d.unit().label(), null);
            text(x, 3, ModelLabels.literal(d.polarity()), null);
            text(x, 4, d.periodKind().label(), null);
            text(x, 5, d.groupMean().description(), null);
            text(x, 6, d.note(), st.wrap);
            text(x, 7, String.join(", ", d.sourceDatasets()), null);
            text(x, 8, d.origin(), null);
            text(x, 9, d.sql(), st.wrap);
        }
        s.setColumnWidth(6, 80 * 256);
        s.setColumnWidth(9, 100 * 256);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        if (value == null) return;
        Cell cell = row.createCell(col);
        // Excel refuses cells over 32,767 characters; an SQL text that long is cut with a marker
        cell.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) + " [...]" : value);
        if (style != null) cell.setCellStyle(style);
    }

    private static void number(Row row, int col, Double value, CellStyle style) {
        if (value == null) return;
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        if (style != null) cell.setCellStyle(style);
    }

    private static void growth(Row row, int col, Growth g, Styles st) {
        if (g.isKnown()) number(row, col, g.value(), st.percentChange);
        else text(row, col, Render.growth(g), null);
    }

    private static void save(XSSFWorkbook wb, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.getParent().resolve(".benchmark-" + java.util.UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
