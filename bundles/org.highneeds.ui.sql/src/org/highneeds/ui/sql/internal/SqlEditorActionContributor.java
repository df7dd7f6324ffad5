package org.highneeds.ui.sql.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.texteditor.BasicTextEditorActionContributor;

/**
 * Wires the SQL editor's copy, undo, find ... to the workbench's global actions. Adds nothing to the menus:
 * the product's Edit menu has none of the IDE's groups (find.ext ...) that the text editor contributor expects.
 */
public final class SqlEditorActionContributor extends BasicTextEditorActionContributor {

    @Override
    public void contributeToMenu(IMenuManager menu) {
        // the SQL menu and key bindings come from plugin.xml
    }
}
