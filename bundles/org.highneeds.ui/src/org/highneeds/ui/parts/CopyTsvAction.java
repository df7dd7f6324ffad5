package org.highneeds.ui.parts;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Copies a table as tab-separated text, for pasting into Excel: the header and the selected rows (all rows when none
 * is selected), the columns in the order shown. Bound to Ctrl+C when installed as the view's copy handler.
 */
public final class CopyTsvAction extends Action {

    private final TableViewer viewer;

    /** Copies {@code viewer}'s table; disabled until {@link #setEnabled(boolean)}. */
    public CopyTsvAction(TableViewer viewer) {
        super("&Copy as TSV");
        this.viewer = viewer;
        setToolTipText("Copy the table (or the selected rows) as tab-separated text, for Excel");
        setActionDefinitionId(ActionFactory.COPY.getCommandId());
    }

    @Override
    public void run() {
        Table table = viewer.getTable();
        if (table.isDisposed()) {
            return;
        }
        Clipboard clipboard = new Clipboard(table.getDisplay());
        try {
            clipboard.setContents(new Object[] {tsv(table)}, new Transfer[] {TextTransfer.getInstance()});
        } finally {
            clipboard.dispose();
        }
    }

    /** {@code table} as tab-separated text: the header, then the selected rows or all rows, columns as shown. */
    public static String tsv(Table table) {
        int[] order = table.getColumnOrder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < order.length; i++) {
            b.append(i == 0 ? "" : "\t").append(table.getColumn(order[i]).getText());
        }
        b.append('\n');
        TableItem[] items = table.getSelectionCount() > 0 ? table.getSelection() : table.getItems();
        for (TableItem item : items) {
            for (int i = 0; i < order.length; i++) {
                b.append(i == 0 ? "" : "\t").append(item.getText(order[i]));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
