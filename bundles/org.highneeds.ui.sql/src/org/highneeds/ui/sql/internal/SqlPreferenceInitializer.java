package org.highneeds.ui.sql.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.highneeds.ui.sql.SqlUi;

/** Defaults of the SQL console: read-write, with confirmation of destructive statements. */
public final class SqlPreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        DefaultScope.INSTANCE.getNode(SqlUi.PLUGIN_ID).putBoolean(SqlUi.PREF_READ_ONLY, false);
    }
}
