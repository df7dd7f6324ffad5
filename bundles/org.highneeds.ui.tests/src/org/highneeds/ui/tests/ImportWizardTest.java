package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.highneeds.ui.internal.imports.DataCatalogView;
import org.highneeds.ui.internal.imports.ImportWizard;
import org.junit.jupiter.api.Test;

/** The import wizard on real published files, then the Data Catalogue showing what was imported. */
class ImportWizardTest {

    private static final Path SHARED = Path.of(System.getProperty("highneeds.shared.data"));

    @Test
    void importsRealFilesAndTheCatalogueShowsThem() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display display = shell.getDisplay();
        ImportWizard wizard = new ImportWizard();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.addFiles(List.of(SHARED.resolve("ehcp-sen2-2025/caseload.csv"), SHARED.resolve("ap-placements-spc"),
                    SHARED.resolve("ons-mid-year-estimates/mye2_persons_mid2019_utla2019_england.csv")));
            Table table = findTable(dialog.getShell());
            assertNotNull(table);
            table.select(0);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            DataViewTest.screenshot(dialog.getShell(), "import-wizard.png");
            List<String> rows = Arrays.stream(table.getItems()).map(i -> i.getText(0) + " = " + i.getText(1)).toList();
            assertEquals(List.of("caseload.csv = Education, health and care plans (SEN2)",
                    "spc_ap_setting.csv = Explore Education Statistics data file",
                    "mye2_persons_mid2019_utla2019_england.csv = Mid-year population estimates by single year of age"), rows);
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        wizard.job().join();
        assertTrue(wizard.job().getResult().isOK() || wizard.job().getResult().getSeverity() <= org.eclipse.core.runtime.IStatus.WARNING,
                wizard.job().getResult().toString());
        assertTrue(wizard.job().lines().get(0).startsWith("caseload.csv: "), wizard.job().lines().toString());

        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        DataCatalogView catalogue = (DataCatalogView) page.showView(DataCatalogView.ID);
        catalogue.refresh();
        long deadline = System.currentTimeMillis() + 30_000;
        while (catalogue.shown().stream().noneMatch(e -> e.dataset().id().equals("sen2.ehcp") && !e.files().isEmpty())
                && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
        DataCatalogView.CatalogueEntry sen2 = catalogue.shown().stream().filter(e -> e.dataset().id().equals("sen2.ehcp")).findFirst().orElseThrow();
        assertEquals(List.of("caseload.csv"), sen2.files().stream().map(DataCatalogView.ImportedFile::fileName).toList());
        assertEquals("2018/19 to 2024/25", sen2.files().get(0).periods());
        DataCatalogView.CatalogueEntry ons = catalogue.shown().stream().filter(e -> e.dataset().id().equals("ons.mye")).findFirst().orElseThrow();
        assertEquals(1, ons.files().size());
        while (display.readAndDispatch()) {
            // paint
        }
        DataViewTest.screenshot(shell, "workbench-data-catalogue.png");
    }

    private static Table findTable(org.eclipse.swt.widgets.Composite parent) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof Table t && t.getColumnCount() == 3) {
                return t;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite c) {
                Table t = findTable(c);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
