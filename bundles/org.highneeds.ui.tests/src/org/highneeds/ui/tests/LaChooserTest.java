package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.highneeds.analysis.LaInfo;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.ui.parts.LaChooser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LA chooser of the analysis views opens on my LA and follows it when it changes. */
class LaChooserTest {

    /** Four entries of the LA code list as the la table has them: two London boroughs, an abolished county, England. */
    private static final List<LaInfo> LAS = List.of(new LaInfo("201", "City of London", "Inner London", "ILB", true),
            new LaInfo("302", "Barnet", "Outer London", "OLB", true), new LaInfo("303", "Bexley", "Outer London", "OLB", true),
            new LaInfo("909", "Cumbria", "North West", "SC", false), new LaInfo("970", "England", null, null, true));

    private Shell shell;

    @AfterEach
    void forgetMyLa() {
        MyLocalAuthority.set(null);
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void opensOnMyLaAndMovesWhenItChanges() {
        Display display = PlatformUI.getWorkbench().getDisplay();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        MyLocalAuthority.set("302");
        LaChooser chooser = new LaChooser(shell);
        chooser.setLas(LAS);
        assertEquals("302", chooser.chosen().laCode());
        assertEquals("302 Barnet", chooser.control().getText());
        // current LAs only, England left out
        assertEquals(List.of("201 City of London", "302 Barnet", "303 Bexley"), List.of(chooser.control().getItems()));

        List<LaInfo> told = new CopyOnWriteArrayList<>();
        chooser.onChoose(told::add);
        MyLocalAuthority.set("303");
        long deadline = System.currentTimeMillis() + 10_000;
        while (told.isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                fail("the chooser did not follow the change of my LA");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        assertEquals(List.of("303"), told.stream().map(LaInfo::laCode).toList(), "the view is told, to recompute");
        assertEquals("303 Bexley", chooser.control().getText());
    }

    @Test
    void choosesNothingWithoutMyLa() {
        shell = new Shell(PlatformUI.getWorkbench().getDisplay());
        MyLocalAuthority.set(null);
        LaChooser chooser = new LaChooser(shell);
        chooser.setLas(LAS);
        assertNull(chooser.chosen());
        assertEquals("", chooser.control().getText());
    }
}
