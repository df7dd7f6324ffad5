package org.highneeds.model.edit;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.register.RegisterImport;

/**
 * Applies the valid rows of a checked commissioners' register to a local area as one undoable command: executed on
 * an editing domain's command stack, Undo removes the placements and contracts it added and restores those it
 * updated.
 */
public final class RegisterImportCommand extends ChangeCommand {

    private final RegisterImport registerImport;
    private final LocalAreaModel area;
    private RegisterImport.Applied applied;

    /** A command applying {@code registerImport}'s valid rows to {@code area} (the model it was checked against). */
    public RegisterImportCommand(RegisterImport registerImport, LocalAreaModel area) {
        super(area);
        this.registerImport = registerImport;
        this.area = area;
        setLabel("Import Register " + registerImport.file().getFileName());
        setDescription("Adds or updates the placements and contracts of the valid rows of " + registerImport.file().getFileName()
                + "; " + registerImport.rejectedRows().size() + " rejected rows are left out");
    }

    @Override
    protected boolean prepare() {
        // a register import is applied once; redo replays the recorded changes, not the import
        return applied == null && !registerImport.isApplied() && !registerImport.validRows().isEmpty();
    }

    @Override
    protected void doExecute() {
        applied = registerImport.applyValidRows(area);
    }

    /** What the command did: created and updated counts; null before it ran. */
    public RegisterImport.Applied applied() {
        return applied;
    }
}
