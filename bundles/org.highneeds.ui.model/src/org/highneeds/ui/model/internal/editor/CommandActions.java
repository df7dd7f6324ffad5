package org.highneeds.ui.model.internal.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.highneeds.ui.model.internal.bridge.EmfImages;
import org.highneeds.ui.model.internal.bridge.FeatureGroup;

/** Editing actions over an EMF command stack: undo, redo, delete and "new child", each an undoable command. */
final class CommandActions {

    private CommandActions() {
    }

    /** Undoes the last command; its label names it ("Undo Set"). */
    static final class Undo extends Action {
        private EditingDomain domain;

        Undo() {
            super("&Undo");
            setImageDescriptor(shared(ISharedImages.IMG_TOOL_UNDO));
            setDisabledImageDescriptor(shared(ISharedImages.IMG_TOOL_UNDO_DISABLED));
            setActionDefinitionId("org.eclipse.ui.edit.undo");
        }

        void setDomain(EditingDomain domain) {
            this.domain = domain;
            update();
        }

        void update() {
            CommandStack stack = domain == null ? null : domain.getCommandStack();
            setEnabled(stack != null && stack.canUndo());
            Command command = stack == null ? null : stack.getUndoCommand();
            setText(command == null || command.getLabel() == null ? "&Undo" : "&Undo " + command.getLabel());
        }

        @Override
        public void run() {
            if (domain != null && domain.getCommandStack().canUndo()) {
                domain.getCommandStack().undo();
            }
        }
    }

    /** Redoes the last undone command. */
    static final class Redo extends Action {
        private EditingDomain domain;

        Redo() {
            super("&Redo");
            setImageDescriptor(shared(ISharedImages.IMG_TOOL_REDO));
            setDisabledImageDescriptor(shared(ISharedImages.IMG_TOOL_REDO_DISABLED));
            setActionDefinitionId("org.eclipse.ui.edit.redo");
        }

        void setDomain(EditingDomain domain) {
            this.domain = domain;
            update();
        }

        void update() {
            CommandStack stack = domain == null ? null : domain.getCommandStack();
            setEnabled(stack != null && stack.canRedo());
            Command command = stack == null ? null : stack.getRedoCommand();
            setText(command == null || command.getLabel() == null ? "&Redo" : "&Redo " + command.getLabel());
        }

        @Override
        public void run() {
            if (domain != null && domain.getCommandStack().canRedo()) {
                domain.getCommandStack().redo();
            }
        }
    }

    /** Deletes the selected objects and every reference to them. */
    static final class Delete extends Action {
        private EditingDomain domain;
        private Command command;

        Delete() {
            super("&Delete");
            setImageDescriptor(shared(ISharedImages.IMG_TOOL_DELETE));
            setDisabledImageDescriptor(shared(ISharedImages.IMG_TOOL_DELETE_DISABLED));
            setActionDefinitionId("org.eclipse.ui.edit.delete");
            setEnabled(false);
        }

        void setDomain(EditingDomain domain) {
            this.domain = domain;
        }

        void selectionChanged(IStructuredSelection selection) {
            List<?> objects = selection.toList().stream().filter(o -> !(o instanceof FeatureGroup)).toList();
            command = domain == null || objects.isEmpty() || objects.size() != selection.size() ? null
                    : DeleteCommand.create(domain, objects);
            setEnabled(command != null && command.canExecute());
        }

        @Override
        public void run() {
            if (command != null && command.canExecute()) {
                domain.getCommandStack().execute(command);
                command = null;
                setEnabled(false);
            }
        }
    }

    /** Adds one new child described by the item provider ("New Placement"). */
    static final class CreateChild extends Action {
        private final EditingDomain domain;
        private final Command command;

        CreateChild(EditingDomain domain, Object owner, Object descriptor, Collection<?> selection) {
            this.domain = domain;
            this.command = CreateChildCommand.create(domain, owner, descriptor, selection);
            // Shown in a "New" submenu: "Placement" rather than "New Placement".
            String text = command.getLabel() == null ? "Child" : command.getLabel();
            setText(text.startsWith("New ") ? text.substring(4) : text);
            setToolTipText(command.getDescription());
            if (command instanceof CreateChildCommand create) {
                ImageDescriptor image = EmfImages.descriptor(create.getImage());
                if (image != null) {
                    setImageDescriptor(image);
                }
            }
            setEnabled(command.canExecute());
        }

        /** The feature the child is added to, for filtering by folder. */
        static Object feature(Object descriptor) {
            return descriptor instanceof CommandParameter p ? p.getEStructuralFeature() : null;
        }

        @Override
        public void run() {
            if (command.canExecute()) {
                domain.getCommandStack().execute(command);
            }
        }
    }

    private static ImageDescriptor shared(String id) {
        return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(id);
    }
}
