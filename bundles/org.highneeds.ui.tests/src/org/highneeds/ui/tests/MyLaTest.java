package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;

import java.time.Duration;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.data.Services;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.EventLoop;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.ui.internal.HighNeedsRootPreferencePage;
import org.highneeds.ui.internal.myla.MyLaChoice;
import org.highneeds.ui.internal.myla.MyLaDialog;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * My LA: chosen on Window &gt; Preferences &gt; High Needs (by code before the LA code list is imported, by code or name
 * after), or through the API; the status bar follows it and a click on it offers the change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MyLaTest {

    private final Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    private final Display display = shell.getDisplay();

    @Test
    @Order(1)
    void beforeTheCodeListIsImportedThePageTakesAThreeDigitCode() throws Exception {
        MyLocalAuthority.set(null);
        EventLoop.waitUntil(display, Duration.ofMillis(10_000), "the status bar to ask for my LA",
                () -> Workbench.myLaStatus(shell).equals("My LA: choose..."));
        PreferenceDialog dialog = openPreferences();
        try {
            HighNeedsRootPreferencePage page = (HighNeedsRootPreferencePage) dialog.getSelectedPage();
            MyLaChoice choice = page.choice();
            assertEquals(0, choice.shownCount(), "the LA code list is not imported in this workspace yet");
            Label hint = Workbench.find(dialog.getShell(), Label.class, l -> l.getText().contains("Its name shows once")).orElse(null);
            assertNotNull(hint, "the page says the name shows after the import");
            choice.type("30");
            assertNull(choice.chosenCode());
            assertEquals("Type the DfE's three-digit code of your LA, e.g. 302 for Barnet.", choice.problem());
            assertTrue(!page.isValid());
            choice.type("302");
            assertEquals("302", choice.chosenCode());
            assertTrue(page.isValid());
            Screenshots.save(dialog.getShell(), "preferences-my-la-not-imported.png");
            assertTrue(page.performOk());
        } finally {
            dialog.close();
        }
        assertEquals("302", MyLocalAuthority.code().orElseThrow());
        EventLoop.waitUntil(display, Duration.ofMillis(10_000), "the status bar to show 302", () -> Workbench.myLaStatus(shell).equals("My LA: 302"));
    }

    @Test
    @Order(2)
    void afterTheImportThePageFindsLasByNameAndTheStatusBarNamesThem() throws Exception {
        MyLocalAuthority.set("302");
        try (Connection c = Services.get(WorkspaceDatabaseService.class).database().connect()) {
            Workbench.importFiles(c, List.of(Workbench.SHARED.resolve("statistical-neighbours/la_code_list.xlsx")));
        }
        Services.get(WorkspaceDatabaseService.class).fireChanged();
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the status bar to name Barnet",
                () -> Workbench.myLaStatus(shell).equals("My LA: 302 Barnet"));

        PreferenceDialog dialog = openPreferences();
        try {
            HighNeedsRootPreferencePage page = (HighNeedsRootPreferencePage) dialog.getSelectedPage();
            MyLaChoice choice = page.choice();
            assertTrue(choice.shownCount() > 150, "every current LA is offered: " + choice.shownCount());
            assertEquals("302", choice.chosenCode(), "my LA is selected");
            choice.type("barn");
            assertEquals(2, choice.shownCount(), "Barnet and Barnsley");
            assertEquals("302", choice.chosenCode(), "the choice stays while it is still in the list");
            choice.type("Barnsley");
            assertEquals("370", choice.chosenCode());
            choice.type("Nowhere");
            assertEquals("No local authority matches 'Nowhere'.", choice.problem());
            choice.type("city of lon");
            assertEquals("201", choice.chosenCode());
            Screenshots.save(dialog.getShell(), "preferences-my-la.png");
            assertTrue(page.performOk());
        } finally {
            dialog.close();
        }
        assertEquals("201", MyLocalAuthority.code().orElseThrow());
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the status bar to follow the page",
                () -> Workbench.myLaStatus(shell).equals("My LA: 201 City of London"));

        // the API (e.g. a wizard or the CLI's workspace) changes it too
        MyLocalAuthority.set("302");
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the status bar to follow the API",
                () -> Workbench.myLaStatus(shell).equals("My LA: 302 Barnet"));
        shell.setSize(1280, 800);
        EventLoop.waitUntil(display, Duration.ofMillis(2_000), "the window to settle", () -> true);
        Link link = Workbench.myLaLink(shell).orElseThrow();
        assertTrue(link.isVisible() && link.getSize().x >= link.computeSize(-1, -1).x - 2, "the whole 'My LA' text shows");
        org.eclipse.swt.widgets.Control statusLine = link.getParent().getParent();
        Rectangle bar = display.map(statusLine.getParent(), null, statusLine.getBounds());
        Screenshots.save(shell, new Rectangle(bar.x, bar.y - 4, bar.width, bar.height + 8), "status-bar-my-la.png");
    }

    @Test
    @Order(3)
    void aClickOnTheStatusBarOffersTheChange() throws Exception {
        MyLocalAuthority.set("302");
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the status bar to name Barnet",
                () -> Workbench.myLaStatus(shell).equals("My LA: 302 Barnet"));
        Link link = Workbench.myLaLink(shell).orElseThrow();
        link.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        EventLoop.waitUntil(display, Duration.ofMillis(10_000), "the My LA dialog", () -> Workbench.dialog(display, MyLaDialog.class) != null);
        MyLaDialog dialog = Workbench.dialog(display, MyLaDialog.class);
        Shell asked = dialog.getShell();
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the LA list", () -> dialog.choice().loaded() && dialog.choice().shownCount() > 0);
        assertEquals("302", dialog.choice().chosenCode(), "the dialog opens on my LA");
        assertTrue(!dialog.tickDontAskAgain(), "changing my LA has no 'don't ask again'");
        dialog.choice().type("370");
        Screenshots.save(asked, "my-la-dialog.png");
        dialog.pressUse();
        assertEquals("370", MyLocalAuthority.code().orElseThrow());
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the status bar to name Barnsley",
                () -> Workbench.myLaStatus(shell).equals("My LA: 370 Barnsley"));
        MyLocalAuthority.set("302");
    }

    /** Window > Preferences > High Needs, open without waiting for it to close, its LA list read. */
    private PreferenceDialog openPreferences() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.highneeds.ui.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        MyLaChoice choice = ((HighNeedsRootPreferencePage) dialog.getSelectedPage()).choice();
        EventLoop.waitUntil(display, Duration.ofMillis(20_000), "the LA list", choice::loaded);
        return dialog;
    }
}
