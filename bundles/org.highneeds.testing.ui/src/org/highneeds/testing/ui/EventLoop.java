package org.highneeds.testing.ui;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waiting in UI tests, which run on the SWT UI thread: the event loop is spun so that jobs' async updates, viewers'
 * refreshes and paints happen while the test waits.
 */
public final class EventLoop {

    /** How long {@link #waitUntil(Display, String, BooleanSupplier)} waits: long enough for an import or a compute. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private EventLoop() {
    }

    /** Spins the event loop until {@code condition} holds, then runs what is queued; fails after 120 s naming {@code what}. */
    public static void waitUntil(Display display, String what, BooleanSupplier condition) {
        waitUntil(display, DEFAULT_TIMEOUT, what, condition);
    }

    /** Like {@link #waitUntil(Display, String, BooleanSupplier)} with its own timeout. */
    public static void waitUntil(Display display, Duration timeout, String what, BooleanSupplier condition) {
        if (!tryWaitUntil(display, timeout, condition)) {
            throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
        }
    }

    /**
     * Spins the event loop until {@code condition} holds or {@code timeout} passes, then runs what is queued; returns
     * whether the condition holds (for waits whose outcome the test asserts itself).
     */
    public static boolean tryWaitUntil(Display display, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean holds;
        while (!(holds = condition.getAsBoolean()) && deadline - System.nanoTime() > 0) {
            spinOnce(display);
        }
        processEvents(display);
        return holds;
    }

    /** Runs every event and runnable already queued, without waiting for more. */
    public static void processEvents(Display display) {
        while (display.readAndDispatch()) {
            // keep dispatching until the queue is empty
        }
    }

    /** Spins the event loop for {@code time}, for paints and async runnables that are not queued yet. */
    public static void settle(Display display, Duration time) {
        long until = System.nanoTime() + time.toNanos();
        while (until - System.nanoTime() > 0) {
            spinOnce(display);
        }
    }

    private static void spinOnce(Display display) {
        if (!display.readAndDispatch()) {
            // a timer wakes sleep() so the condition is checked again even when nothing else happens
            display.timerExec(20, () -> { });
            display.sleep();
        }
    }
}
