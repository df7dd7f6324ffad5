package org.highneeds.ui.model.internal.wizard;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens the New Local Area wizard (File menu and main toolbar). */
public final class NewLocalAreaHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        NewLocalAreaWizard wizard = new NewLocalAreaWizard();
        wizard.init(HandlerUtil.getActiveWorkbenchWindow(event).getWorkbench(), null);
        new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
        return null;
    }
}
