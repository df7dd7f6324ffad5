package org.highneeds.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.highneeds.testing.SharedData;
import org.highneeds.testing.ui.EventLoop;
import org.highneeds.testing.ui.Screenshots;
import org.highneeds.testing.ui.Widgets;
import org.highneeds.ui.internal.imports.DataCatalogView;
import org.highneeds.ui.internal.imports.ImportWizard;
import org.junit.jupiter.api.Test;

/** The import wizard on real published files, then the Data Catalogue showing what was imported. */
class ImportWizardTest {

    @Test
    void importsRealFilesAndTheCatalogueShowsThem() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Display display = shell.getDisplay();
        ImportWizard wizard = new ImportWizard();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.addFiles(List.of(SharedData.path("ehcp-sen2-2025/caseload.csv"), SharedData.path("ap-placements-spc"),
                    SharedData.path("ons-mid-year-estimates/mye2_persons_mid2019_utla2019_england.csv")));
            Table table = Widgets.find(dialog.getShell(), Table.class, t -> t.getColumnCount() == 3);
            assertNotNull(table);
            table.select(0);
            table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            Screenshots.save(dialog.getShell(), "import-wizard.png");
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
        EventLoop.waitUntil(display, Duration.ofSeconds(30), "the SEN2 file in the Data Catalogue",
                () -> catalogue.shown().stream().anyMatch(e -> e.dataset().id().equals("sen2.ehcp") && !e.files().isEmpty()));
        DataCatalogView.CatalogueEntry sen2 = catalogue.shown().stream().filter(e -> e.dataset().id().equals("sen2.ehcp")).findFirst().orElseThrow();
        assertEquals(List.of("caseload.csv"), sen2.files().stream().map(DataCatalogView.ImportedFile::fileName).toList());
        assertEquals("2018/19 to 2024/25", sen2.files().get(0).periods());
        DataCatalogView.CatalogueEntry ons = catalogue.shown().stream().filter(e -> e.dataset().id().equals("ons.mye")).findFirst().orElseThrow();
        assertEquals(1, ons.files().size());
        EventLoop.processEvents(display);
        Screenshots.save(shell, "workbench-data-catalogue.png");
    }
}
