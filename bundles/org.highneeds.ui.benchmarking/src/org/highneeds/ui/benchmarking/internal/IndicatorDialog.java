package org.highneeds.ui.benchmarking.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.BenchmarkEngine;
import org.highneeds.analysis.GroupMeanMethod;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.PeriodKind;
import org.highneeds.analysis.UserIndicatorStore;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.model.Polarity;
import org.highneeds.model.edit.ModelLabels;

/**
 * Creates or edits a user-defined indicator: id, title, unit, polarity, sources, note and SQL. Saving runs the SQL
 * first (in a job, off the UI thread); the database's message is shown when it fails, and nothing is saved.
 */
public final class IndicatorDialog extends TitleAreaDialog {

    private static final int VALIDATE = IDialogConstants.CLIENT_ID + 1;

    private static final String TEMPLATE = """
            -- One row per LA and period: la_code (DfE 3-digit LA number, 970 = England), period_year and value;
            -- add numerator and denominator for a rate. Suppressed values stay NULL.
            SELECT la_code, period_year, SUM(new_plans) AS value
            FROM ehcp_new_plans
            WHERE geographic_level = 'Local authority' AND age_group = 'Total' AND need = 'Total'
            GROUP BY la_code, period_year""";

    private final IndicatorDefinition existing;
    private Text id;
    private Text title;
    private Combo unit;
    private Combo polarity;
    private Text sources;
    private Text note;
    private Text sql;
    private Job running;
    private IndicatorDefinition saved;

    /** A dialog for a new indicator ({@code existing} null) or for editing a user-defined one. */
    public IndicatorDialog(Shell parent, IndicatorDefinition existing) {
        super(parent);
        this.existing = existing;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
        setHelpAvailable(false);
    }

    /** Opens the dialog (blocking) for a new indicator or to edit {@code existing}. */
    static void openFor(Shell shell, IndicatorDefinition existing) {
        new IndicatorDialog(shell, existing).open();
    }

    /** Asks, then removes the user-defined indicator {@code d}. */
    static void remove(Shell shell, IndicatorDefinition d) {
        if (!MessageDialog.openConfirm(shell, "Remove Indicator", "Remove the user-defined indicator '" + d.title() + "' ("
                + d.id() + ")?")) {
            return;
        }
        try {
            Services.get(UserIndicatorStore.class).remove(d.id(), Services.get(BenchmarkEngine.class).registry());
            // the views re-read their indicator lists on the one change event
            Services.get(WorkspaceDatabaseService.class).fireChanged();
        } catch (java.io.IOException e) {
            MessageDialog.openError(shell, "Remove Indicator", "Cannot save the user-defined indicators: " + e.getMessage());
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(existing == null ? "New Indicator" : "Edit Indicator");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(existing == null ? "New indicator" : "Edit indicator " + existing.id());
        setMessage("An indicator is SQL over the workspace database giving one value per LA and period. "
                + "It is checked by running it before it is saved.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(4, false));

        id = field(form, "Id:", "lower case letters, digits and underscores, e.g. new_plans_total", 1);
        title = field(form, "Title:", "shown to users, e.g. New EHC plans (all ages)", 1);
        label(form, "Unit:");
        unit = new Combo(form, SWT.READ_ONLY);
        unit.setItems(Arrays.stream(IndicatorUnit.values()).map(u -> u.name().toLowerCase(java.util.Locale.ROOT)
                + (u.label().isEmpty() || u.label().equals("count") ? "" : " (" + u.label() + ")")).toArray(String[]::new));
        unit.select(IndicatorUnit.COUNT.ordinal());
        unit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label(form, "Polarity:");
        polarity = new Combo(form, SWT.READ_ONLY);
        polarity.setItems(Arrays.stream(Polarity.values()).map(ModelLabels::literal).toArray(String[]::new));
        polarity.select(Polarity.NEUTRAL.ordinal());
        polarity.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        label(form, "Sources:");
        sources = new Text(form, SWT.BORDER);
        sources.setMessage("dataset ids the SQL reads, e.g. sen2.ehcp, ons.mye");
        sources.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        label(form, "Note:");
        note = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        note.setMessage("plain-English definition: what is counted, which population year, caveats");
        GridData n = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        n.heightHint = 50;
        note.setLayoutData(n);
        Label sqlLabel = label(form, "SQL:");
        sqlLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        sql = new Text(form, SWT.BORDER | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        sql.setFont(JFaceResources.getTextFont());
        GridData s = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        s.heightHint = 220;
        s.widthHint = 720;
        sql.setLayoutData(s);

        if (existing != null) {
            id.setText(existing.id());
            title.setText(existing.title());
            unit.select(existing.unit().ordinal());
            polarity.select(existing.polarity().ordinal());
            sources.setText(String.join(", ", existing.sourceDatasets()));
            note.setText(existing.note());
            sql.setText(existing.sql());
        } else {
            sql.setText(TEMPLATE);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, VALIDATE, "&Validate", false);
        createButton(parent, IDialogConstants.OK_ID, "&Save", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == VALIDATE) {
            start(false);
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        start(true);
    }

    /** Sets the fields (for tests and for callers that prepare a definition). */
    void fill(String idText, String titleText, IndicatorUnit unitValue, Polarity polarityValue, String noteText, String sqlText) {
        id.setText(idText);
        title.setText(titleText);
        unit.select(unitValue.ordinal());
        polarity.select(polarityValue.ordinal());
        note.setText(noteText);
        sql.setText(sqlText);
    }

    /**
     * Checks the definition by running its SQL, and saves it when {@code save}; the result is shown in the title
     * area, and the dialog closes after a save. Returns the job (null when a field is wrong).
     */
    Job start(boolean save) {
        IndicatorDefinition d;
        try {
            d = definition();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return null;
        }
        if (running != null) {
            return running;
        }
        setErrorMessage(null);
        setMessage("Running the SQL...");
        enableButtons(false);
        String replaced = existing == null ? null : existing.id();
        Job job = Job.create((save ? "Saving" : "Checking") + " indicator " + d.id(), (IProgressMonitor monitor) -> {
            String error = null;
            try {
                BenchmarkEngine engine = Services.get(BenchmarkEngine.class);
                WorkspaceDatabaseService database = Services.get(WorkspaceDatabaseService.class);
                if (save) {
                    Services.get(UserIndicatorStore.class).save(d, replaced, engine.registry(), database::connect);
                } else {
                    IndicatorRegistry.validate(d, database::connect);
                }
            } catch (AnalysisException | java.io.IOException | RuntimeException e) {
                error = e.getMessage() == null ? e.toString() : e.getMessage();
            }
            String message = error;
            Display.getDefault().asyncExec(() -> finished(d, save, message));
            return Status.OK_STATUS;
        });
        running = job;
        job.schedule();
        return job;
    }

    private void finished(IndicatorDefinition d, boolean save, String error) {
        running = null;
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        enableButtons(true);
        if (error != null) {
            setErrorMessage(error);
            return;
        }
        setErrorMessage(null);
        if (save) {
            saved = d;
            // the views re-read their indicator lists on the one change event
            Services.get(WorkspaceDatabaseService.class).fireChanged();
            setReturnCode(OK);
            close();
        } else {
            setMessage("The SQL runs and returns la_code, period_year and value: " + d.id() + " can be saved.");
        }
    }

    private void enableButtons(boolean enabled) {
        for (int b : new int[] {VALIDATE, IDialogConstants.OK_ID}) {
            Button button = getButton(b);
            if (button != null) {
                button.setEnabled(enabled);
            }
        }
    }

    /** The definition in the fields; the exception names the field that is wrong. */
    IndicatorDefinition definition() {
        List<String> sourceList = Arrays.stream(sources.getText().split("[,;\\s]+")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        return new IndicatorDefinition(id.getText().strip(), title.getText().strip(),
                IndicatorUnit.values()[unit.getSelectionIndex()], Polarity.values()[polarity.getSelectionIndex()],
                PeriodKind.JANUARY, sql.getText(), sourceList, note.getText(), GroupMeanMethod.MEAN, "User-defined",
                IndicatorDefinition.USER_DEFINED);
    }

    /** The definition saved, or null. */
    IndicatorDefinition saved() {
        return saved;
    }

    private static Text field(Composite form, String labelText, String hint, int span) {
        label(form, labelText);
        Text t = new Text(form, SWT.BORDER);
        t.setMessage(hint);
        GridData g = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
        g.widthHint = 260;
        t.setLayoutData(g);
        return t;
    }

    private static Label label(Composite form, String text) {
        Label l = new Label(form, SWT.NONE);
        l.setText(text);
        return l;
    }
}
