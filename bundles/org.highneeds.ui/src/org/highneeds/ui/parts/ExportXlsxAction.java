package org.highneeds.ui.parts;

import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPartSite;
import org.highneeds.ui.HighNeedsUi;

/**
 * Exports what a view shows to an Excel workbook: asks for the file (proposing a name), then runs the view's export
 * job in the background with the view's busy indicator. Disabled until there is something to export.
 */
public final class ExportXlsxAction extends Action {

    private final IWorkbenchPartSite site;
    private final String dialogTitle;
    private final Supplier<String> fileName;
    private final Function<Path, Job> export;

    /**
     * An action of the part at {@code site}: the save dialog is titled {@code dialogTitle} and proposes
     * {@code fileName}; {@code export} makes the job writing the chosen file.
     */
    public ExportXlsxAction(IWorkbenchPartSite site, String dialogTitle, Supplier<String> fileName, Function<Path, Job> export) {
        super("&Export to xlsx...", ResourceLocator.imageDescriptorFromBundle(HighNeedsUi.PLUGIN_ID, "icons/export_xlsx.png")
                .orElse(null));
        this.site = site;
        this.dialogTitle = dialogTitle;
        this.fileName = fileName;
        this.export = export;
        setEnabled(false);
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(site.getShell(), SWT.SAVE);
        dialog.setText(dialogTitle);
        dialog.setFilterExtensions(new String[] {"*.xlsx"});
        dialog.setFileName(fileName.get());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Path file = Path.of(chosen);
            FileJob.schedule(site, export.apply(file.getFileName().toString().contains(".") ? file : Path.of(chosen + ".xlsx")));
        }
    }
}
