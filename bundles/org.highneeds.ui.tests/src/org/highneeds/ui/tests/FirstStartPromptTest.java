package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.EventLoop;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.ui.internal.myla.FirstStartPrompt;
import org.highneeds.ui.internal.myla.MyLaDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Which local authority do you work for?": asked at start while no LA is set, until answered or declined for good. */
class FirstStartPromptTest {

    private final Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    private final Display display = shell.getDisplay();

    @AfterEach
    void restore() {
        FirstStartPrompt.reset();
        MyLocalAuthority.set("302");
    }

    @Test
    void answeredOnceItIsNotAskedAgain() throws Exception {
        MyLocalAuthority.set(null);
        FirstStartPrompt.reset();
        assertTrue(FirstStartPrompt.due());
        MyLaDialog dialog = FirstStartPrompt.openIfDue(shell);
        assertNotNull(dialog, "asked on the first start");
        assertEquals("Which local authority do you work for?", titleOf(dialog));
        dialog.choice().type("302");
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the LA list", () -> dialog.choice().loaded());
        dialog.choice().type("302");
        Screenshots.save(dialog.getShell(), "first-start-my-la.png");
        dialog.pressUse();
        assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "the dialog closed");
        assertEquals("302", MyLocalAuthority.code().orElseThrow());
        assertFalse(FirstStartPrompt.due());
        assertNull(FirstStartPrompt.openIfDue(shell), "not asked at the next start");
        // even when the LA is forgotten later, the question was answered
        MyLocalAuthority.set(null);
        assertNull(FirstStartPrompt.openIfDue(shell));
    }

    @Test
    void skippedItIsAskedAgainUnlessDeclinedForGood() throws Exception {
        MyLocalAuthority.set(null);
        FirstStartPrompt.reset();
        MyLaDialog first = FirstStartPrompt.openIfDue(shell);
        assertNotNull(first);
        first.pressSkip();
        assertTrue(MyLocalAuthority.code().isEmpty());
        assertTrue(FirstStartPrompt.due(), "'Not now' asks again at the next start");

        MyLaDialog second = FirstStartPrompt.openIfDue(shell);
        assertNotNull(second);
        assertTrue(second.tickDontAskAgain());
        second.pressSkip();
        assertTrue(MyLocalAuthority.code().isEmpty(), "declining sets no LA");
        assertFalse(FirstStartPrompt.due());
        assertNull(FirstStartPrompt.openIfDue(shell), "never asked again");
    }

    private static String titleOf(MyLaDialog dialog) {
        return Workbench.find(dialog.getShell(), org.eclipse.swt.widgets.Label.class,
                l -> l.getText().startsWith("Which local")).map(org.eclipse.swt.widgets.Label::getText).orElse("");
    }
}
