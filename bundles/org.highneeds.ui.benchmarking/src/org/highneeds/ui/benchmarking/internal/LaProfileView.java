package org.highneeds.ui.benchmarking.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.highneeds.model.Polarities;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.BenchmarkExport;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.analysis.LaInfo;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.ProfileEntry;
import org.highneeds.ui.parts.FileJob;
import org.highneeds.ui.parts.GroupChoice;
import org.highneeds.ui.parts.GroupPicker;
import org.highneeds.ui.parts.LaChooser;
import org.highneeds.ui.parts.Styles;

/**
 * One LA across all indicators, like a one-page summary: per indicator its latest value, change on the year before,
 * band (a coloured cell), rank, the comparator group's mean and England, grouped by category.
 */
public final class LaProfileView extends EngineView {

    /** Id of the view. */
    public static final String ID = "org.highneeds.ui.benchmarking.views.profile";

    private Label heading;
    private LaProfile shown;

    /** A category heading row. */
    record Category(String name) {
    }

    @Override
    protected void createContent(Composite parent) {
        styles = new Styles(parent);
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(5, false));
        new Label(root, SWT.NONE).setText("Local authority:");
        la = new LaChooser(root);
        GridData laData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        laData.widthHint = 260;
        la.control().setLayoutData(laData);
        la.onChoose(x -> compute());
        new Label(root, SWT.NONE).setText("Group means over:");
        Combo groupChoice = new Combo(root, SWT.READ_ONLY);
        groups = new GroupPicker(groupChoice, false);
        groupChoice.addListener(SWT.Selection, e -> compute());
        computeButton(root);

        heading = new Label(root, SWT.WRAP);
        heading.setFont(styles.heading);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        Label legend = new Label(root, SWT.WRAP);
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        legend.setText("Band: the quartile of all LAs the value falls in. Green A to red D where the indicator has a better "
                + "direction (A = best); blue A (highest) to pale D (lowest) where it has none.");

        createTable(root).getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        createColumns();
        table.getTable().addListener(SWT.Resize, e -> fillLastColumn());
        makeActions("Re-read the data and recompute the profile (F5)",
                "Export the profile with the indicators' definitions to an Excel workbook (Ctrl+E)",
                () -> "profile-" + shown.la().laCode() + ".xlsx", this::exportJob);
        loadEngine();
    }

    private void createColumns() {
        column("Indicator", SWT.LEFT, e -> e.indicator().titleWithUnit(), e -> IndicatorTree.describe(e.indicator()), false);
        column("Period", SWT.LEFT, e -> e.value() == null ? "" : e.indicator().periodKind().format(e.value().year()), e -> null, false);
        column("Value", SWT.RIGHT, e -> e.problem() != null ? "" : BenchmarkFormat.value(value(e), unit(e)), e -> tip(e), false);
        column("Change on year before", SWT.RIGHT, e -> e.value() == null ? "" : BenchmarkFormat.growth(e.value().change()),
                e -> null, false);
        column("Band", SWT.CENTER, e -> e.value() == null ? "" : BenchmarkFormat.band(e.value().band()),
                e -> Styles.bandMeaning(e.indicator().polarity()), true);
        column("Rank", SWT.RIGHT, e -> e.value() == null ? "" : BenchmarkFormat.rank(e.value().rank(), e.value().rankedCount()),
                e -> "1 = " + (Polarities.lowFirst(e.indicator().polarity()) ? "lowest" : "highest") + " of all LAs with a value", false);
        column("Group mean", SWT.RIGHT, e -> e.problem() != null ? "" : BenchmarkFormat.value(e.groupMean(), unit(e)),
                e -> e.indicator().groupMean().description(), false);
        column("England", SWT.RIGHT, e -> e.problem() != null ? "" : BenchmarkFormat.value(e.england(), unit(e)), e -> null, false);
        column("From group mean", SWT.RIGHT, e -> BenchmarkFormat.difference(e.distanceFromGroupMean(), unit(e)),
                e -> "Value minus the group mean", false);
        column("Note", SWT.LEFT, e -> e.problem() != null ? e.problem() : e.value() == null ? "" : e.value().note(), e -> null, false);
    }

    private static Double value(ProfileEntry e) {
        return e.value() == null ? null : e.value().value();
    }

    private static org.highneeds.analysis.IndicatorUnit unit(ProfileEntry e) {
        return e.indicator().unit();
    }

    private static String tip(ProfileEntry e) {
        IndicatorValue v = e.value();
        if (v == null || v.isPresent()) {
            return v == null || v.note().isEmpty() ? null : v.note();
        }
        return v.note().isEmpty() ? "Suppressed or not published" : v.note();
    }

    private void column(String title, int align, Function<ProfileEntry, String> text, Function<ProfileEntry, String> tip,
            boolean band) {
        TableViewerColumn c = new TableViewerColumn(table, align);
        c.getColumn().setText(title);
        boolean first = table.getTable().getColumnCount() == 1;
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Category cat) {
                    return first ? cat.name() : "";
                }
                return text.apply((ProfileEntry) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof ProfileEntry e ? tip.apply(e) : null;
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof Category ? styles.bold : null;
            }

            @Override
            public Color getBackground(Object element) {
                if (element instanceof Category) {
                    return styles.category;
                }
                ProfileEntry e = (ProfileEntry) element;
                return band && e.value() != null ? styles.band(e.value().band(), e.indicator().polarity()) : null;
            }

            @Override
            public Color getForeground(Object element) {
                if (element instanceof Category) {
                    return null;
                }
                ProfileEntry e = (ProfileEntry) element;
                if (band && e.value() != null && e.value().band() != null) {
                    return styles.bandText(e.value().band(), e.indicator().polarity());
                }
                return e.problem() != null || Styles.notANumber(text.apply(e)) ? styles.greyed : null;
            }
        });
    }

    @Override
    void loaded(Loaded loaded) {
        compute();
    }

    @Override
    void recompute() {
        compute();
    }

    /** Shows the profile of {@code laCode} with means over {@code group} and starts computing it; see {@link #job()}. */
    public void show(String laCode, GroupChoice group) {
        choose(laCode);
        groups.select(group);
        compute();
    }

    /** Shows the profile of {@code laCode} with means over a group saved in a local area. */
    public void showSaved(String laCode, String savedGroupLabel) {
        choose(laCode);
        groups.select(savedGroupLabel);
        compute();
    }

    private void compute() {
        LaInfo subject = subject();
        if (engine() == null || subject == null) {
            return;
        }
        GroupPicker.Picked choice = groups.picked();
        BenchmarkEngine e = engine();
        compute("Computing the profile of " + subject.label(), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, "Profile of " + subject.label(), 10);
            ComparatorGroup group = choice.group(e.comparators(), subject.laCode(), null);
            return e.profile(subject.laCode(), group, progress.split(9));
        }, this::show);
    }

    private void show(LaProfile profile) {
        shown = profile;
        List<Object> rows = new ArrayList<>();
        String category = null;
        for (ProfileEntry e : profile.entries()) {
            if (!e.indicator().category().equals(category)) {
                category = e.indicator().category();
                rows.add(new Category(category));
            }
            rows.add(e);
        }
        heading.setText(profile.la().label() + ": profile across " + profile.entries().size() + " indicators");
        table.setInput(rows);
        Table t = table.getTable();
        for (TableColumn c : t.getColumns()) {
            c.pack();
            c.setWidth(Math.min(Math.max(c.getWidth() + 12, 56), 520));
        }
        fillLastColumn();
        heading.getParent().layout(true, true);
        exportAction.setEnabled(true);
        long problems = profile.entries().stream().filter(e -> e.problem() != null).count();
        setContentDescription("Group means over " + profile.group().name() + ". Each indicator in its latest period."
                + (problems == 0 ? "" : " " + problems + " indicators could not be computed (see Note)."));
    }

    /** The note column takes the width left, so that notes are not cut off while there is room. */
    private void fillLastColumn() {
        Table t = table.getTable();
        int used = 0;
        TableColumn[] columns = t.getColumns();
        for (int i = 0; i < columns.length - 1; i++) {
            used += columns[i].getWidth();
        }
        TableColumn last = columns[columns.length - 1];
        int room = t.getClientArea().width - used;
        if (room > last.getWidth()) {
            last.setWidth(room);
        }
    }

    /** The job writing the shown profile to the xlsx file {@code file}. */
    public Job exportJob(Path file) {
        LaProfile p = shown;
        return FileJob.writing("Exporting the profile of " + p.la().label() + " to " + file.getFileName(), file,
                f -> BenchmarkExport.toXlsx(p, f), "Exported the profile of " + p.la().label() + " to " + file);
    }

    /** The profile shown, or null. */
    public LaProfile shownProfile() {
        return shown;
    }

    /** The indicators in the order shown. */
    List<IndicatorDefinition> shownIndicators() {
        return shown == null ? List.of() : shown.entries().stream().map(ProfileEntry::indicator).toList();
    }
}
