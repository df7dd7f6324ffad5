package org.highneeds.ui.model.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.highneeds.ui.model.ModelUi;

/**
 * Wires the workbench's Undo, Redo and Delete (Ctrl+Z, Ctrl+Y, Del) to the active Local Area Editor; adds Validate and
 * the register's export and import.
 */
public class LocalAreaEditorContributor extends EditorActionBarContributor {

    private final CommandActions.Undo undo = new CommandActions.Undo();
    private final CommandActions.Redo redo = new CommandActions.Redo();
    private final CommandActions.Delete delete = new CommandActions.Delete();
    private final Action validate = new Action("&Validate Local Area") {
        @Override
        public void run() {
            if (editor != null) {
                editor.validateAndMark();
            }
        }
    };
    private final Action exportRegister = new Action("E&xport Placements and Contracts Register...") {
        @Override
        public void run() {
            if (editor != null) {
                RegisterActions.export(editor);
            }
        }
    };
    private final Action importRegister = new Action("&Import Placements and Contracts Register...") {
        @Override
        public void run() {
            if (editor != null) {
                RegisterActions.importRegister(editor);
            }
        }
    };
    private LocalAreaEditor editor;

    /** Creates the contributor (one per workbench window and editor type). */
    public LocalAreaEditorContributor() {
        validate.setToolTipText("Check the local area against the planning rules; problems appear in the Problems view");
        validate.setImageDescriptor(ModelUi.icon("icons/validate.png"));
        exportRegister.setToolTipText("Write the placements and contracts to an xlsx register with drop-down lists, for commissioners to edit");
        exportRegister.setImageDescriptor(ModelUi.icon("icons/register_export.png"));
        importRegister.setToolTipText("Read an edited register back: every row is checked, and only the rows you accept are applied (Undo takes them back)");
        importRegister.setImageDescriptor(ModelUi.icon("icons/register_import.png"));
    }

    @Override
    public void init(IActionBars bars) {
        super.init(bars);
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
    }

    @Override
    public void contributeToToolBar(IToolBarManager toolBar) {
        toolBar.add(new Separator("org.highneeds.ui.model"));
        toolBar.add(validate);
        toolBar.add(exportRegister);
        toolBar.add(importRegister);
    }

    @Override
    public void setActiveEditor(IEditorPart part) {
        editor = part instanceof LocalAreaEditor e ? e : null;
        update(editor);
    }

    /** Points the actions at an editor's command stack and selection. */
    void update(LocalAreaEditor target) {
        undo.setDomain(target == null ? null : target.getEditingDomain());
        redo.setDomain(target == null ? null : target.getEditingDomain());
        delete.setDomain(target == null ? null : target.getEditingDomain());
        delete.selectionChanged(target == null || target.viewer() == null ? IStructuredSelection.class.cast(
                org.eclipse.jface.viewers.StructuredSelection.EMPTY) : target.viewer().getStructuredSelection());
        validate.setEnabled(target != null);
        exportRegister.setEnabled(target != null);
        importRegister.setEnabled(target != null);
        getActionBars().updateActionBars();
    }

    /** The editor the actions work on. */
    public LocalAreaEditor getActiveEditor() {
        return editor;
    }

    Action undoAction() {
        return undo;
    }

    Action redoAction() {
        return redo;
    }

    Action deleteAction() {
        return delete;
    }

    Action validateAction() {
        return validate;
    }

    Action exportRegisterAction() {
        return exportRegister;
    }

    Action importRegisterAction() {
        return importRegister;
    }
}
