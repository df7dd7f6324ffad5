package org.highneeds.ui.internal.myla;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.ui.HighNeedsUi;
import org.osgi.service.prefs.BackingStoreException;

/**
 * When to ask "Which local authority do you work for?" at start: while no LA is set, until the user answers or skips
 * with "Don't ask me again" (kept in the workspace, like my LA itself).
 */
public final class FirstStartPrompt {

    /** The workspace preference (of this bundle) saying the question was answered or declined for good. */
    static final String DONE = "myLaPromptDone";

    /**
     * System property that keeps the question from opening on start ({@code -Dhighneeds.myLaPrompt=false}): UI tests
     * run in a fresh workspace and drive the dialog themselves.
     */
    public static final String PROPERTY = "highneeds.myLaPrompt";

    private FirstStartPrompt() {
    }

    /** True when the question is to be asked at this start. */
    public static boolean due() {
        return MyLocalAuthority.code().isEmpty() && !node().getBoolean(DONE, false);
    }

    /** Opens the question (without waiting for the answer) when it is due; the dialog, or null when it was not. */
    public static MyLaDialog openIfDue(Shell shell) {
        if (!due()) {
            return null;
        }
        MyLaDialog dialog = new MyLaDialog(shell, true);
        dialog.open();
        return dialog;
    }

    /** Whether the workbench may ask on start (not when {@link #PROPERTY} is {@code false}). */
    public static boolean enabledAtStart() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
    }

    /** Never ask again in this workspace. */
    static void markDone() {
        put(true);
    }

    /** Forgets that the question was answered (tests start over with it). */
    public static void reset() {
        put(false);
    }

    private static void put(boolean done) {
        IEclipsePreferences node = node();
        if (done) {
            node.putBoolean(DONE, true);
        } else {
            node.remove(DONE);
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            ILog.of(FirstStartPrompt.class).warn("Cannot save whether my LA was asked for: " + e.getMessage());
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(HighNeedsUi.PLUGIN_ID);
    }
}
