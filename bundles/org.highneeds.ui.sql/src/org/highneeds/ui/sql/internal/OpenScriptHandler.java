package org.highneeds.ui.sql.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.FileStoreEditorInput;

/** SQL &gt; Open SQL Script...: a .sql file from disk in a console (saved back with Ctrl+S). */
public final class OpenScriptHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open SQL Script");
        dialog.setFilterExtensions(new String[] {"*.sql", "*.*"});
        dialog.setFilterNames(new String[] {"SQL scripts (*.sql)", "All files"});
        String file = dialog.open();
        if (file != null) {
            try {
                window.getActivePage().openEditor(
                        new FileStoreEditorInput(EFS.getLocalFileSystem().getStore(Path.of(file).toUri())), SqlEditor.ID);
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
        }
        return null;
    }
}
