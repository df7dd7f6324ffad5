package org.highneeds.testing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The UI test kit on a real display (Xvfb in CI): waiting for the event loop, finding widgets, screenshots. */
class UiTestKitTest {

    private Display display;
    private Shell shell;

    @BeforeEach
    void openShell() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(10, 20, 300, 200);
    }

    @AfterEach
    void closeShell() {
        shell.dispose();
    }

    @Test
    void waitUntilRunsTheEventLoopUntilTheConditionHolds() {
        AtomicBoolean done = new AtomicBoolean();
        display.timerExec(100, () -> done.set(true));
        EventLoop.waitUntil(display, Duration.ofSeconds(10), "the timer", done::get);
        assertTrue(done.get());
    }

    @Test
    void waitUntilFailsNamingWhatItWaitedFor() {
        long start = System.nanoTime();
        AssertionError e = assertThrows(AssertionError.class,
                () -> EventLoop.waitUntil(display, Duration.ofSeconds(1), "a condition that never holds", () -> false));
        assertEquals("timed out after 1 s waiting for a condition that never holds", e.getMessage());
        assertTrue(System.nanoTime() - start >= 1_000_000_000L, "it waited the whole second");
        assertFalse(EventLoop.tryWaitUntil(display, Duration.ofMillis(200), () -> false));
    }

    @Test
    void widgetsAreFoundDepthFirstByTypeAndTest() {
        Composite outer = new Composite(shell, SWT.NONE);
        Label first = new Label(outer, SWT.NONE);
        first.setText("first");
        Composite inner = new Composite(outer, SWT.NONE);
        Label second = new Label(inner, SWT.NONE);
        second.setText("second");
        assertSame(first, Widgets.find(shell, Label.class));
        assertSame(second, Widgets.find(shell, Label.class, l -> l.getText().equals("second")));
        assertNull(Widgets.find(shell, Button.class));
        assertEquals(List.of(first, second), Widgets.findAll(shell, Label.class));
    }

    @Test
    void screenshotsAreSavedAsPngsOfTheShellOrOfAnArea() throws Exception {
        shell.open();
        EventLoop.settle(display, Duration.ofMillis(200));
        Path whole = Screenshots.save(shell, "kit-shell.png");
        assertEquals(Screenshots.folder().resolve("kit-shell.png"), whole);
        ImageData image = new ImageLoader().load(whole.toString())[0];
        Rectangle bounds = shell.getBounds();
        assertEquals(bounds.width, image.width);
        assertEquals(bounds.height, image.height);

        Path part = Screenshots.save(shell, new Rectangle(bounds.x, bounds.y, 50, 40), "kit-part.png");
        ImageData cropped = new ImageLoader().load(part.toString())[0];
        assertEquals(50, cropped.width);
        assertEquals(40, cropped.height);
        assertTrue(Files.size(part) < Files.size(whole));
    }
}
