package org.highneeds.ui.benchmarking.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.highneeds.model.Polarities;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.BenchmarkRow;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.model.ComparatorKind;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.ui.parts.Styles;

/**
 * The columns of the Benchmarking view's table for one benchmark: the LA, neighbour rank and proximity (statistical
 * neighbours only), one column per period, the changes, band, rank and distance from the group mean.
 */
final class BenchmarkColumns {

    private final TableViewer viewer;
    private final Styles styles;
    private final BenchmarkTable table;

    private BenchmarkColumns(TableViewer viewer, Styles styles, BenchmarkTable table) {
        this.viewer = viewer;
        this.styles = styles;
        this.table = table;
    }

    /** Replaces the columns of {@code viewer} by those of {@code t}. */
    static void rebuild(TableViewer viewer, Styles styles, BenchmarkTable t) {
        Table control = viewer.getTable();
        control.setRedraw(false);
        try {
            for (TableColumn c : control.getColumns()) {
                c.dispose();
            }
            new BenchmarkColumns(viewer, styles, t).add();
        } finally {
            control.setRedraw(true);
        }
    }

    private void add() {
        BenchmarkTable t = table;
        column("Local authority", SWT.LEFT, BenchmarkColumns::label, r -> r.kind() == BenchmarkRow.Kind.COMPARATOR ? null : r.name(), false);
        if (t.group().kind() == ComparatorKind.STATISTICAL_NEIGHBOURS) {
            column("SN rank", SWT.RIGHT, r -> r.neighbourRank() == null ? "" : r.neighbourRank().toString(),
                    r -> "Statistical neighbour rank (1 = closest)", false);
            column("Proximity", SWT.LEFT, r -> r.proximity() == null ? "" : r.proximity(), r -> null, false);
        }
        for (int i = 0; i < t.years().size(); i++) {
            int index = i;
            column(t.period(t.years().get(i)), SWT.RIGHT, r -> BenchmarkFormat.value(r.cells().get(index).value(), t.indicator().unit()),
                    r -> cellTip(r.cells().get(index)), false);
        }
        String span = t.period(t.years().get(0)) + " to " + t.period(t.years().get(t.years().size() - 1));
        column("Overall change", SWT.RIGHT, r -> BenchmarkFormat.growth(r.overallChange()),
                r -> "Compound change " + span + " (product of the yearly changes)", false);
        column("Annualised", SWT.RIGHT, r -> BenchmarkFormat.growth(r.annualisedChange()), r -> "Change per year over " + span, false);
        String lastPeriod = t.period(t.years().get(t.years().size() - 1));
        column("Band", SWT.CENTER, r -> BenchmarkFormat.band(r.last().band()),
                r -> Styles.bandMeaning(t.indicator().polarity()) + " (" + lastPeriod + ")", true);
        column("Rank", SWT.RIGHT, r -> BenchmarkFormat.rank(r.last().rank(), r.last().rankedCount()),
                r -> "Rank among all LAs with a value in " + lastPeriod + ", 1 = "
                        + (Polarities.lowFirst(t.indicator().polarity()) ? "lowest" : "highest"), false);
        column("From group mean", SWT.RIGHT, r -> r.kind() == BenchmarkRow.Kind.GROUP_MEAN ? ""
                : BenchmarkFormat.difference(r.distanceFromGroupMean(), t.indicator().unit()),
                r -> "Value minus the group mean in " + lastPeriod, false);
    }

    private static String label(BenchmarkRow r) {
        return switch (r.kind()) {
            case SUBJECT, COMPARATOR -> r.laCode() + " " + r.name();
            case GROUP_MEAN, ENGLAND -> r.name();
        };
    }

    private static String cellTip(IndicatorValue v) {
        if (!v.isPresent()) {
            return v.note().isEmpty() ? "Suppressed or not published" : v.note();
        }
        String change = "Change on the year before: " + BenchmarkFormat.growth(v.change());
        return v.note().isEmpty() ? change : v.note() + "\n" + change;
    }

    private void column(String title, int align, Function<BenchmarkRow, String> text, Function<BenchmarkRow, String> tip, boolean band) {
        TableViewerColumn c = new TableViewerColumn(viewer, align);
        c.getColumn().setText(title);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((BenchmarkRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return tip.apply((BenchmarkRow) element);
            }

            @Override
            public Font getFont(Object element) {
                return ((BenchmarkRow) element).kind() == BenchmarkRow.Kind.SUBJECT ? styles.bold : null;
            }

            @Override
            public Color getBackground(Object element) {
                BenchmarkRow r = (BenchmarkRow) element;
                if (band && r.last().band() != null) {
                    return styles.band(r.last().band(), table.indicator().polarity());
                }
                return r.kind() == BenchmarkRow.Kind.GROUP_MEAN || r.kind() == BenchmarkRow.Kind.ENGLAND ? styles.shaded : null;
            }

            @Override
            public Color getForeground(Object element) {
                BenchmarkRow r = (BenchmarkRow) element;
                if (band && r.last().band() != null) {
                    return styles.bandText(r.last().band(), table.indicator().polarity());
                }
                return Styles.notANumber(text.apply(r)) ? styles.greyed : null;
            }
        });
    }
}
