package org.highneeds.analysis.internal;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataPoint;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.TextAlignment;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.xddf.usermodel.text.XDDFTextBody;
import org.apache.poi.xddf.usermodel.text.XDDFTextParagraph;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.IndicatorDefinition;

/**
 * Native Excel charts of a benchmark table, drawn from the cells of its sheet (not from copies of the numbers), so
 * that they follow when a reader edits a value. Colours follow the Benchmarking view: the LA dark blue, the group mean
 * red and dashed, England dark grey and dotted, comparators muted.
 */
final class XlsxCharts {

    private static final byte[] SUBJECT = rgb(0x1F, 0x4E, 0x9C);
    private static final byte[] GROUP_MEAN = rgb(0xC0, 0x39, 0x2B);
    private static final byte[] ENGLAND = rgb(0x44, 0x44, 0x44);
    private static final byte[] COMPARATOR_BAR = rgb(0xF2, 0x8E, 0x2B);
    private static final byte[][] COMPARATOR_LINES = {rgb(0x8D, 0xA0, 0xCB), rgb(0x66, 0xC2, 0xA5), rgb(0xE7, 0x8A, 0xC3),
        rgb(0xA6, 0xD8, 0x54), rgb(0xFF, 0xD9, 0x2F), rgb(0xE5, 0xC4, 0x94), rgb(0xB3, 0xB3, 0xB3), rgb(0x80, 0xB1, 0xD3),
        rgb(0xFB, 0x80, 0x72), rgb(0xBE, 0xBA, 0xDA), rgb(0xCC, 0xEB, 0xC5), rgb(0xFC, 0xCD, 0xE5)};

    /** Where the table's cells are on the sheet (0-based rows and columns). */
    record Layout(int headerRow, int firstValueColumn, int subjectRow, int firstComparatorRow, int groupMeanRow,
            int englandRow, int nameColumn, int firstFreeRow) {
    }

    private XlsxCharts() {
    }

    /**
     * A line chart of the years (LA, group mean, comparators, England; England on a right-hand axis for counts and
     * totals) and beside it a bar chart of the last period for the LA, each comparator and the group mean.
     */
    static void draw(XSSFSheet sheet, BenchmarkTable t, Layout at, String numberFormat) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int top = at.firstFreeRow() + 1;
        XSSFChart line = drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 0, top, 7, top + 24));
        line.getGraphicFrame().setName("Time series");
        lineChart(line, sheet, t, at, numberFormat);
        XSSFChart bars = drawing.createChart(new XSSFClientAnchor(0, 0, 0, 0, 7, top, 16, top + 24));
        bars.getGraphicFrame().setName("Last period");
        barChart(bars, sheet, t, at, numberFormat);
    }

    private static void lineChart(XSSFChart chart, XSSFSheet sheet, BenchmarkTable t, Layout at, String numberFormat) {
        IndicatorDefinition d = t.indicator();
        int n = t.years().size();
        int lastColumn = at.firstValueColumn() + n - 1;
        title(chart, d.title() + ": " + t.subject().label(),
                t.group().name() + "; " + t.period(t.years().get(0)) + " to " + t.period(t.years().get(n - 1)));
        // suppressed values are empty cells: a gap in the line, never a fall to zero
        chart.displayBlanksAs(DisplayBlanks.GAP);
        chart.setPlotOnlyVisibleCells(false);
        legend(chart, LegendPosition.RIGHT);

        XDDFCategoryDataSource periods = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(at.headerRow(), at.headerRow(), at.firstValueColumn(), lastColumn));
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setTitle(d.titleWithUnit());
        left.setNumberFormat(numberFormat);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setMajorTickMark(AxisTickMark.OUT);
        left.getOrAddMajorGridProperties().setLineProperties(line(rgb(0xDD, 0xDD, 0xDD), 0.75, null));
        XDDFLineChartData las = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        las.setVaryColors(false);

        series(las, sheet, periods, at, at.subjectRow(), lastColumn, SUBJECT, 3.0, null, MarkerStyle.CIRCLE);
        series(las, sheet, periods, at, at.groupMeanRow(), lastColumn, GROUP_MEAN, 2.25, PresetLineDash.DASH,
                MarkerStyle.NONE);
        // beyond a dozen (a region, all of England) the comparators' lines hide the LA; the bar chart still has them
        boolean comparatorLines = at.groupMeanRow() - at.firstComparatorRow() <= COMPARATOR_LINES.length;
        for (int row = at.firstComparatorRow(), i = 0; comparatorLines && row < at.groupMeanRow(); row++, i++) {
            series(las, sheet, periods, at, row, lastColumn, COMPARATOR_LINES[i % COMPARATOR_LINES.length], 1.25, null,
                    MarkerStyle.NONE);
        }
        boolean ownAxisForEngland = d.unit().additive();
        if (!ownAxisForEngland) {
            series(las, sheet, periods, at, at.englandRow(), lastColumn, ENGLAND, 2.25, PresetLineDash.SYSTEM_DASH,
                    MarkerStyle.NONE);
        }
        chart.plot(las);
        if (ownAxisForEngland) {
            // a national total would flatten the LAs' lines: England gets its own right-hand axis
            XDDFCategoryAxis hidden = chart.createCategoryAxis(AxisPosition.BOTTOM);
            hidden.setVisible(false);
            XDDFValueAxis right = chart.createValueAxis(AxisPosition.RIGHT);
            right.setTitle("England (" + d.unit().label() + ")");
            right.setNumberFormat(numberFormat);
            right.setCrosses(AxisCrosses.MAX);
            right.setMajorTickMark(AxisTickMark.OUT);
            hidden.crossAxis(right);
            right.crossAxis(hidden);
            XDDFLineChartData england = (XDDFLineChartData) chart.createData(ChartTypes.LINE, hidden, right);
            england.setVaryColors(false);
            // named by its cell like the others (a series has a reference or a text, not both); the right axis says
            // "England (count)"
            series(england, sheet, periods, at, at.englandRow(), lastColumn, ENGLAND, 2.25, PresetLineDash.SYSTEM_DASH,
                    MarkerStyle.NONE);
            chart.plot(england);
        }
    }

    private static XDDFLineChartData.Series series(XDDFLineChartData data, XSSFSheet sheet,
            XDDFCategoryDataSource periods, Layout at, int row, int lastColumn, byte[] colour, double width,
            PresetLineDash dash, MarkerStyle marker) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(row, row, at.firstValueColumn(), lastColumn));
        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(periods, values);
        // the name is cached beside the reference for readers that do not recompute it
        s.setTitle(sheet.getRow(row).getCell(at.nameColumn()).getStringCellValue(),
                new CellReference(sheet.getSheetName(), row, at.nameColumn(), true, true));
        s.setSmooth(false);
        // no marker size: poi-ooxml-lite lacks the schema of STMarkerSize; Excel's default size is fine
        s.setMarkerStyle(marker);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setLineProperties(line(colour, width, dash));
        s.setShapeProperties(shape);
        return s;
    }

    private static void barChart(XSSFChart chart, XSSFSheet sheet, BenchmarkTable t, Layout at, String numberFormat) {
        IndicatorDefinition d = t.indicator();
        int last = t.years().get(t.years().size() - 1);
        int column = at.firstValueColumn() + t.years().size() - 1;
        title(chart, d.title() + ", " + t.period(last), t.subject().label() + ", " + t.group().name() + " and group mean");
        chart.setPlotOnlyVisibleCells(false);

        XDDFCategoryAxis las = chart.createCategoryAxis(AxisPosition.LEFT);
        // the LA first, at the top, like the table
        las.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        values.setTitle(d.titleWithUnit());
        values.setNumberFormat(numberFormat);
        values.setCrosses(AxisCrosses.MAX);
        values.setMajorTickMark(AxisTickMark.OUT);
        // bars sit between the ticks; the default (midCat) would cut the first and last bar in half
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        values.getOrAddMajorGridProperties().setLineProperties(line(rgb(0xDD, 0xDD, 0xDD), 0.75, null));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, las, values);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.setGapWidth(60);
        XDDFCategoryDataSource names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(at.subjectRow(), at.groupMeanRow(), at.nameColumn(), at.nameColumn()));
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(at.subjectRow(), at.groupMeanRow(), column, column));
        XDDFBarChartData.Series s = (XDDFBarChartData.Series) data.addSeries(names, numbers);
        s.setTitle(t.period(last), new CellReference(sheet.getSheetName(), at.headerRow(), column, true, true));
        s.setInvertIfNegative(false);
        s.setFillProperties(fill(COMPARATOR_BAR));
        highlight(s.getDataPoint(0), SUBJECT);
        highlight(s.getDataPoint(at.groupMeanRow() - at.subjectRow()), GROUP_MEAN);
        chart.plot(data);
        // one series, coloured per bar: a legend would only repeat the period
        chart.deleteLegend();
    }

    private static void highlight(XDDFDataPoint point, byte[] colour) {
        // written out as Excel itself writes a bar's own colour
        point.setInvertIfNegative(false);
        point.setFillProperties(fill(colour));
    }

    private static void title(XSSFChart chart, String title, String subtitle) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFTextBody body = chart.getFormattedTitle();
        size(body.getParagraph(0), 13, true);
        XDDFTextParagraph sub = body.addNewParagraph();
        sub.appendRegularRun(subtitle);
        size(sub, 10, false);
    }

    private static void size(XDDFTextParagraph p, double points, boolean bold) {
        p.setTextAlignment(TextAlignment.CENTER);
        XDDFRunProperties run = p.addDefaultRunProperties();
        run.setFontSize(points);
        run.setBold(bold);
        p.getTextRuns().forEach(r -> {
            r.setFontSize(points);
            r.setBold(bold);
        });
    }

    private static void legend(XSSFChart chart, LegendPosition position) {
        chart.getOrAddLegend().setPosition(position);
        chart.getOrAddLegend().setOverlay(false);
    }

    private static XDDFLineProperties line(byte[] colour, double width, PresetLineDash dash) {
        XDDFLineProperties p = new XDDFLineProperties(fill(colour));
        p.setWidth(width);
        if (dash != null) p.setPresetDash(new XDDFPresetLineDash(dash));
        return p;
    }

    private static XDDFSolidFillProperties fill(byte[] colour) {
        return new XDDFSolidFillProperties(XDDFColor.from(colour));
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
