package org.highneeds.ui.benchmarking.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Benchmarking > New Indicator...: opens the indicator editor for a new user-defined indicator. */
public final class NewIndicatorHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IndicatorDialog.openFor(HandlerUtil.getActiveShell(event), null);
        return null;
    }
}
