package org.highneeds.ui.model.internal.editor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.highneeds.model.edit.RegisterImportCommand;
import org.highneeds.model.register.RegisterExporter;
import org.highneeds.model.register.RegisterImport;
import org.highneeds.model.register.RegisterImporter;
import org.highneeds.model.register.RegisterIssue;

/**
 * The commissioners' placements and contracts register of the area in the editor: export to an xlsx template with
 * validation lists, and import it back, row-checked, as one undoable command.
 */
public final class RegisterActions {

    /** Problems listed in the confirmation dialog; the rest are counted. */
    private static final int LISTED = 12;

    private RegisterActions() {
    }

    /** Asks where to save and writes the register of the editor's area. */
    static void export(LocalAreaEditor editor) {
        Shell shell = editor.getSite().getShell();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Placements and Contracts Register");
        dialog.setFilterExtensions(new String[] {"*.xlsx"});
        dialog.setFileName(editor.getPartName().replaceFirst("\\.[^.]+$", "") + "-register.xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                try {
                    RegisterExporter.export(editor.model(), file, monitor);
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Cannot export the register", file + ": " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks for a register workbook, checks it row by row and applies what the user accepts. */
    static void importRegister(LocalAreaEditor editor) {
        Shell shell = editor.getSite().getShell();
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Import Placements and Contracts Register");
        dialog.setFilterExtensions(new String[] {"*.xlsx"});
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path file = Path.of(chosen);
        AtomicReference<RegisterImport> read = new AtomicReference<>();
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                try {
                    read.set(RegisterImporter.read(file, editor.model(), monitor));
                } catch (IOException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Cannot import the register", e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        RegisterImport checked = read.get();
        if (checked.validRows().isEmpty()) {
            MessageDialog.openError(shell, "Nothing to import", describe(checked) + "\n\nThe area was not changed.");
            return;
        }
        if (checked.hasErrors() || !checked.issues().isEmpty()) {
            MessageDialog confirm = new MessageDialog(shell, "Import " + file.getFileName(), null, describe(checked),
                    checked.hasErrors() ? MessageDialog.WARNING : MessageDialog.INFORMATION, 0,
                    "Apply " + checked.validRows().size() + " Valid Rows", IDialogConstants.CANCEL_LABEL);
            if (confirm.open() != 0) {
                return;
            }
        }
        apply(editor, checked);
    }

    /** Applies the valid rows on the editor's command stack (Undo takes them back); returns the executed command. */
    public static RegisterImportCommand apply(LocalAreaEditor editor, RegisterImport checked) {
        RegisterImportCommand command = new RegisterImportCommand(checked, editor.model());
        editor.getEditingDomain().getCommandStack().execute(command);
        editor.validateAndMark();
        return command;
    }

    /** What the check found, in the words shown to the user. */
    public static String describe(RegisterImport checked) {
        StringBuilder text = new StringBuilder();
        text.append(checked.validRows().size()).append(checked.validRows().size() == 1 ? " row is" : " rows are")
                .append(" ready to apply; ").append(checked.rejectedRows().size())
                .append(checked.rejectedRows().size() == 1 ? " row was" : " rows were").append(" rejected.");
        List<RegisterIssue> issues = checked.issues();
        if (!issues.isEmpty()) {
            text.append("\n");
            issues.stream().limit(LISTED).forEach(i -> text.append("\n").append(i));
            if (issues.size() > LISTED) {
                text.append("\n... and ").append(issues.size() - LISTED).append(" more");
            }
        }
        return text.toString();
    }
}
