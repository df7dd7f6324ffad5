package org.highneeds.data;

import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * "My local authority": the LA the user works for, kept in the workspace's preferences so the workbench and the
 * command line ({@code ./highneeds cli}, which runs on the same workspace) open on it alike.
 */
public final class MyLocalAuthority {

    /** The preference node (the workspace's instance scope of this bundle). */
    public static final String NODE = "org.highneeds.data";

    /** The preference key holding the DfE 3-digit LA code, e.g. {@code 302}. */
    public static final String KEY = "myLaCode";

    private static final Pattern LA_CODE = Pattern.compile("\\d{3}");

    private static final CopyOnWriteArrayList<Consumer<Optional<String>>> LISTENERS = new CopyOnWriteArrayList<>();

    private MyLocalAuthority() {
    }

    /** The LA code chosen for this workspace, or empty before the user has chosen one. */
    public static Optional<String> code() {
        String code = node().get(KEY, "").trim();
        return LA_CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The LA code chosen, or {@code fallback} when none is. */
    public static String codeOr(String fallback) {
        return code().orElse(fallback);
    }

    /**
     * Makes {@code laCode} (a DfE 3-digit code) my LA for this workspace, saved at once, and tells the listeners;
     * {@code null} forgets the choice.
     *
     * @throws IllegalArgumentException when the code is not three digits
     */
    public static void set(String laCode) {
        IEclipsePreferences node = node();
        if (laCode == null || laCode.isBlank()) {
            node.remove(KEY);
        } else {
            String code = laCode.trim();
            if (!LA_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("An LA code is the DfE's three-digit number, e.g. 302; '" + laCode + "' is not");
            }
            node.put(KEY, code);
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("The workspace preferences could not be saved: " + e.getMessage(), e);
        }
        Optional<String> now = code();
        for (Consumer<Optional<String>> listener : LISTENERS) {
            listener.accept(now);
        }
    }

    /** Calls {@code listener} (on the thread that changed it) with the new code whenever my LA changes. */
    public static void addListener(Consumer<Optional<String>> listener) {
        LISTENERS.addIfAbsent(listener);
    }

    /** Stops calling {@code listener}. */
    public static void removeListener(Consumer<Optional<String>> listener) {
        LISTENERS.remove(listener);
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
