package org.highneeds.ui.sql.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** SQL &gt; New SQL Console: an empty console on the workspace database. */
public final class NewConsoleHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            openConsole(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), "");
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }

    /** Opens a new console holding the given SQL. */
    public static SqlEditor openConsole(IWorkbenchPage page, String sql) throws PartInitException {
        return (SqlEditor) page.openEditor(new ConsoleEditorInput(sql), SqlEditor.ID);
    }
}
