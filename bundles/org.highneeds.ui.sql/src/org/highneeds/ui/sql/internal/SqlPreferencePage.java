package org.highneeds.ui.sql.internal;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.highneeds.ui.sql.SqlUi;

/** Window &gt; Preferences &gt; High Needs &gt; SQL. */
public final class SqlPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** A page of field editors saved to the SQL plug-in's preferences. */
    public SqlPreferencePage() {
        super(GRID);
        setDescription("SQL consoles run on the workspace database. In read-only mode they run only statements "
                + "that cannot change it (SELECT, DESCRIBE, SUMMARIZE ...). Otherwise statements that may delete "
                + "or overwrite data are confirmed first.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(SqlUi.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(SqlUi.PREF_READ_ONLY, "Open the workspace database &read-only for SQL",
                getFieldEditorParent()));
    }
}
