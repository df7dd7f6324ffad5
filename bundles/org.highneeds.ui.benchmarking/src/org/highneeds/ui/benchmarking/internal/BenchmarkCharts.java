package org.highneeds.ui.benchmarking.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.batik.svggen.SVGGraphics2D;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.BenchmarkRow;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.model.ComparatorKind;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorResult;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.model.edit.ModelLabels;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.CategoryPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;

/**
 * The benchmarking charts (time series of a benchmark table, ranking of all LAs in a period) and their export to PNG
 * and SVG. Numbers on axes and in tooltips go through {@link BenchmarkFormat}, like everywhere else.
 */
public final class BenchmarkCharts {

    /** The subject LA: dark blue, drawn thickest. */
    static final Color SUBJECT = new Color(0x1F, 0x4E, 0x9C);
    /** The comparators in the ranking chart. */
    static final Color COMPARATOR = new Color(0xF2, 0x8E, 0x2B);
    /** The group mean. */
    static final Color GROUP_MEAN = new Color(0xC0, 0x39, 0x2B);
    /** England. */
    static final Color ENGLAND = new Color(0x44, 0x44, 0x44);
    /** LAs outside the group in the ranking chart. */
    static final Color OTHER = new Color(0xC9, 0xCE, 0xD6);

    /** Muted colours for the comparators' lines, distinct from the subject, mean and England. */
    private static final Color[] COMPARATOR_LINES = {new Color(0x8D, 0xA0, 0xCB), new Color(0x66, 0xC2, 0xA5),
        new Color(0xE7, 0x8A, 0xC3), new Color(0xA6, 0xD8, 0x54), new Color(0xFF, 0xD9, 0x2F), new Color(0xE5, 0xC4, 0x94),
        new Color(0xB3, 0xB3, 0xB3), new Color(0x80, 0xB1, 0xD3), new Color(0xFB, 0x80, 0x72), new Color(0xBE, 0xBA, 0xDA),
        new Color(0xCC, 0xEB, 0xC5), new Color(0xFC, 0xCD, 0xE5)};

    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 15);
    private static final Font SUBTITLE = new Font("SansSerif", Font.PLAIN, 12);
    private static final Font AXIS = new Font("SansSerif", Font.PLAIN, 12);
    private static final Font TICKS = new Font("SansSerif", Font.PLAIN, 11);

    private BenchmarkCharts() {
    }

    /**
     * The LA, the group mean and England over the span of {@code table}, and the comparators when
     * {@code withComparators}. England goes on its own right-hand axis for counts (a national total would flatten the
     * LAs' lines).
     */
    public static JFreeChart timeSeries(BenchmarkTable table, boolean withComparators) {
        IndicatorDefinition indicator = table.indicator();
        DefaultCategoryDataset las = new DefaultCategoryDataset();
        DefaultCategoryDataset england = new DefaultCategoryDataset();
        boolean ownAxisForEngland = indicator.unit().additive();
        BenchmarkRow subject = table.subjectRow();
        String subjectKey = subject.laCode() + " " + subject.name();
        add(las, table, subject, subjectKey);
        add(las, table, table.groupMeanRow(), "Group mean");
        if (withComparators) {
            for (BenchmarkRow r : table.comparatorRows()) {
                add(las, table, r, r.laCode() + " " + r.name());
            }
        }
        String englandKey = ownAxisForEngland ? "England (right axis)" : "England";
        add(ownAxisForEngland ? england : las, table, table.englandRow(), englandKey);

        NumberFormat numbers = new UnitFormat(indicator.unit());
        CategoryAxis periods = new CategoryAxis(indicator.periodKind() == org.highneeds.analysis.PeriodKind.JANUARY
                ? "Census (January)" : capitalised(indicator.periodKind().label()));
        NumberAxis values = new NumberAxis(indicator.titleWithUnit());
        values.setNumberFormatOverride(numbers);
        values.setAutoRangeIncludesZero(false);
        LineAndShapeRenderer lines = lineRenderer(numbers);
        CategoryPlot plot = new CategoryPlot(las, periods, values, lines);
        int series = 0;
        for (Object key : las.getRowKeys()) {
            String name = (String) key;
            if (name.equals(subjectKey)) {
                style(lines, series, SUBJECT, 3.5f, null);
            } else if (name.equals("Group mean")) {
                style(lines, series, GROUP_MEAN, 2.5f, new float[] {8f, 4f});
            } else if (name.equals("England")) {
                style(lines, series, ENGLAND, 2.5f, new float[] {3f, 3f});
            } else {
                style(lines, series, COMPARATOR_LINES[(series - 2) % COMPARATOR_LINES.length], 1.3f, null);
            }
            series++;
        }
        if (ownAxisForEngland) {
            NumberAxis englandAxis = new NumberAxis("England (" + indicator.unit().label() + ")");
            englandAxis.setNumberFormatOverride(numbers);
            englandAxis.setAutoRangeIncludesZero(false);
            LineAndShapeRenderer englandLine = lineRenderer(numbers);
            style(englandLine, 0, ENGLAND, 2.5f, new float[] {3f, 3f});
            plot.setRangeAxis(1, englandAxis);
            plot.setDataset(1, england);
            plot.setRenderer(1, englandLine);
            plot.mapDatasetToRangeAxis(1, 1);
            styleAxis(englandAxis);
            integerTicks(englandAxis, indicator.unit());
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // series 0 (the subject) drawn last, so that the comparators' lines never hide it
        plot.setRowRenderingOrder(org.jfree.chart.util.SortOrder.DESCENDING);
        integerTicks(values, indicator.unit());
        // the legend follows the rendering order, which is reversed above: list the LA first again
        LegendItemCollection reversed = plot.getLegendItems();
        LegendItemCollection inOrder = new LegendItemCollection();
        List<LegendItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < reversed.getItemCount(); i++) {
            items.add(reversed.get(i));
        }
        items.sort(java.util.Comparator.comparingInt(LegendItem::getDatasetIndex).thenComparingInt(LegendItem::getSeriesIndex));
        items.forEach(inOrder::add);
        plot.setFixedLegendItems(inOrder);
        stylePlot(plot);
        styleAxis(periods);
        styleAxis(values);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, true);
        chart.setTitle(new TextTitle(indicator.title() + ": " + table.subject().label(), TITLE));
        chart.addSubtitle(new TextTitle(table.group().name() + "; " + table.period(table.years().get(0)) + " to "
                + table.period(table.years().get(table.years().size() - 1)), SUBTITLE));
        styleChart(chart);
        return chart;
    }

    /**
     * All LAs with a value in {@code year}, best rank first, with the subject and its comparators highlighted and the
     * group mean (and England for rates) as lines.
     */
    public static JFreeChart ranking(IndicatorResult result, int year, BenchmarkTable table, Map<String, String> names) {
        IndicatorDefinition indicator = result.indicator();
        String subjectCode = table.subjectRow().laCode();
        Set<String> comparators = new HashSet<>(table.group().memberCodes());
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<IndicatorValue> ranked = result.ranking(year).stream().filter(IndicatorValue::isPresent).toList();
        IndicatorValue subjectValue = null;
        for (IndicatorValue v : ranked) {
            data.addValue(v.value(), "LAs", v.laCode());
            if (v.laCode().equals(subjectCode)) {
                subjectValue = v;
            }
        }
        NumberFormat numbers = new UnitFormat(indicator.unit());
        boolean highlightGroup = table.group().kind() != ComparatorKind.ENGLAND;
        BarRenderer bars = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                String code = (String) data.getColumnKey(column);
                if (code.equals(subjectCode)) return SUBJECT;
                if (highlightGroup && comparators.contains(code)) return COMPARATOR;
                return OTHER;
            }
        };
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0);
        bars.setDefaultToolTipGenerator((dataset, row, column) -> {
            String code = (String) dataset.getColumnKey(column);
            IndicatorValue v = result.get(code, year);
            return code + " " + names.getOrDefault(code, "") + ": " + BenchmarkFormat.value(v.value(), indicator.unit())
                    + ", rank " + BenchmarkFormat.rank(v.rank(), v.rankedCount()) + ", band " + BenchmarkFormat.band(v.band());
        });
        CategoryAxis las = new CategoryAxis(ranked.size() + " LAs with a value in " + indicator.periodKind().format(year)
                + ", ranked: rank 1 on the left (" + ModelLabels.literal(indicator.polarity()) + ")");
        las.setTickLabelsVisible(false);
        las.setTickMarksVisible(false);
        las.setCategoryMargin(0.15);
        las.setLowerMargin(0.01);
        las.setUpperMargin(0.01);
        NumberAxis values = new NumberAxis(indicator.titleWithUnit());
        values.setNumberFormatOverride(numbers);
        integerTicks(values, indicator.unit());
        CategoryPlot plot = new CategoryPlot(data, las, values, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);

        Double mean = table.groupMeanRow().cell(year) == null ? null : table.groupMeanRow().cell(year).value();
        if (mean != null) {
            plot.addRangeMarker(marker(mean, GROUP_MEAN, "Group mean " + BenchmarkFormat.value(mean, indicator.unit()),
                    new float[] {8f, 4f}));
        }
        IndicatorValue englandValue = result.england(year);
        if (!indicator.unit().additive() && englandValue != null && englandValue.isPresent()) {
            plot.addRangeMarker(marker(englandValue.value(), ENGLAND,
                    "England " + BenchmarkFormat.value(englandValue.value(), indicator.unit()), new float[] {3f, 3f}));
        }
        if (subjectValue != null) {
            CategoryPointerAnnotation pointer = new CategoryPointerAnnotation(table.subject().label() + ": "
                    + BenchmarkFormat.value(subjectValue.value(), indicator.unit()) + ", rank "
                    + BenchmarkFormat.rank(subjectValue.rank(), subjectValue.rankedCount()), subjectCode, subjectValue.value(),
                    -Math.PI / 4);
            pointer.setFont(new Font("SansSerif", Font.BOLD, 12));
            pointer.setPaint(SUBJECT);
            pointer.setArrowPaint(SUBJECT);
            pointer.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            pointer.setBaseRadius(40);
            pointer.setTipRadius(4);
            plot.addAnnotation(pointer);
        }

        LegendItemCollection legend = new LegendItemCollection();
        Shape square = new Rectangle2D.Double(-6, -6, 12, 12);
        legend.add(new LegendItem(table.subject().label(), null, null, null, square, SUBJECT));
        if (highlightGroup) {
            legend.add(new LegendItem(capitalised(ModelLabels.literal(table.group().kind())) + " (" + comparators.size() + ")", null,
                    null, null, square, COMPARATOR));
        }
        legend.add(new LegendItem("Other LAs", null, null, null, square, OTHER));
        plot.setFixedLegendItems(legend);
        stylePlot(plot);
        styleAxis(las);
        styleAxis(values);
        JFreeChart chart = new JFreeChart(null, TITLE, plot, true);
        chart.setTitle(new TextTitle(indicator.title() + ": all LAs, " + indicator.periodKind().format(year), TITLE));
        chart.addSubtitle(new TextTitle("Highlighted: " + table.group().name(), SUBTITLE));
        styleChart(chart);
        return chart;
    }

    /** Writes {@code chart} as a PNG image of {@code width} x {@code height} pixels. */
    public static void savePng(JFreeChart chart, Path file, int width, int height) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, width, height);
    }

    /** Writes {@code chart} as an SVG drawing of {@code width} x {@code height} (Batik's SVG generator). */
    public static void saveSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IOException("Cannot create an SVG document: " + e.getMessage(), e);
        }
        SVGGraphics2D svg = new SVGGraphics2D(document);
        svg.setSVGCanvasSize(new java.awt.Dimension(width, height));
        chart.draw(svg, new Rectangle(0, 0, width, height));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            svg.stream(out, true);
        } finally {
            svg.dispose();
        }
    }

    /** Writes {@code chart} as PNG or SVG by the file's extension (.svg, else PNG). */
    public static void save(JFreeChart chart, Path file, int width, int height) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            saveSvg(chart, file, width, height);
        } else {
            savePng(chart, file, width, height);
        }
    }

    private static void add(DefaultCategoryDataset data, BenchmarkTable table, BenchmarkRow row, String key) {
        for (int i = 0; i < table.years().size(); i++) {
            IndicatorValue v = row.cells().get(i);
            data.addValue(v.value(), key, table.period(table.years().get(i)));
        }
    }

    private static LineAndShapeRenderer lineRenderer(NumberFormat numbers) {
        LineAndShapeRenderer lines = new LineAndShapeRenderer(true, true);
        lines.setDefaultToolTipGenerator(new StandardCategoryToolTipGenerator("{0}, {1}: {2}", numbers));
        lines.setDefaultShape(new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        lines.setAutoPopulateSeriesShape(false);
        return lines;
    }

    private static void style(LineAndShapeRenderer renderer, int series, Color colour, float width, float[] dash) {
        renderer.setSeriesPaint(series, colour);
        renderer.setSeriesStroke(series, dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
    }

    private static ValueMarker marker(double value, Color colour, String label, float[] dash) {
        ValueMarker m = new ValueMarker(value, colour, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                dash, 0f));
        m.setLabel(label);
        m.setLabelFont(new Font("SansSerif", Font.BOLD, 11));
        m.setLabelPaint(colour);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, 2, 2, 6));
        return m;
    }

    /** Whole-number units get whole-number ticks: formatted without decimals, 0.5 steps would print twice. */
    private static void integerTicks(NumberAxis axis, IndicatorUnit unit) {
        if (unit.decimals() == 0) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
    }

    private static void stylePlot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(8, 8, 8, 16));
    }

    private static void styleAxis(org.jfree.chart.axis.Axis axis) {
        axis.setLabelFont(AXIS);
        axis.setTickLabelFont(TICKS);
        axis.setLabelPaint(new Color(0x33, 0x33, 0x33));
        axis.setTickLabelPaint(new Color(0x33, 0x33, 0x33));
        if (axis instanceof CategoryAxis c) {
            c.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
    }

    private static void styleChart(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 6));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font("SansSerif", Font.PLAIN, 12));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Axis and tooltip numbers through {@link BenchmarkFormat#value}, so a chart reads like the table. */
    static final class UnitFormat extends NumberFormat {

        private static final long serialVersionUID = 1L;

        private final IndicatorUnit unit;

        UnitFormat(IndicatorUnit unit) {
            this.unit = unit;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(BenchmarkFormat.value(number, unit));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(BenchmarkFormat.value((double) number, unit));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            return null;
        }
    }
}
