package org.highneeds.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.jface.resource.JFaceResources;
import org.highneeds.ui.HighNeedsUi;
import org.osgi.framework.Bundle;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;

/** About High Needs Workbench: the product's version and the versions of the components it is built on. */
final class AboutDialog extends Dialog {

    private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

    private Image icon;
    private final List<String[]> components = new ArrayList<>();

    AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About High Needs Workbench");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(12, 12).spacing(16, 8).applyTo(area);
        icon = Images.create("icons/highneeds_64.png");
        Label iconLabel = new Label(area, SWT.NONE);
        iconLabel.setImage(icon);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 2).applyTo(iconLabel);

        Label title = new Label(area, SWT.NONE);
        title.setText("High Needs Workbench " + version(HighNeedsUi.PLUGIN_ID));
        Font big = JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT);
        title.setFont(big);

        Label text = new Label(area, SWT.WRAP);
        text.setText("Analytics for local authority SEND teams: provision mapping, sufficiency planning,\n"
                + "I/N-MSS commissioning and benchmarking over published DfE and ONS data\n"
                + "(Open Government Licence).\n\nWorkspace database: " + databaseFile());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);

        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, 220).applyTo(table);
        TableColumn name = new TableColumn(table, SWT.LEFT);
        name.setText("Component");
        TableColumn version = new TableColumn(table, SWT.LEFT);
        version.setText("Version");
        collectComponents();
        for (String[] row : components) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        name.setWidth(240);
        version.setWidth(280);
        return area;
    }

    private void collectComponents() {
        components.add(new String[] {"Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"});
        components.add(new String[] {"Operating system", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + Platform.getOSArch()});
        components.add(new String[] {"DuckDB engine", engineVersion()});
        addBundle("DuckDB JDBC driver", "org.duckdb.duckdb_jdbc");
        addBundle("Eclipse Platform UI", "org.eclipse.ui.workbench");
        addBundle("SWT", "org.eclipse.swt");
        addBundle("Equinox OSGi", "org.eclipse.osgi");
        addBundle("EMF Ecore", "org.eclipse.emf.ecore");
        addBundle("Apache POI", "wrapped.org.apache.poi.poi");
        addBundle("JFreeChart", "wrapped.org.jfree.jfreechart");
        addBundle("p2 install UI", "org.eclipse.equinox.p2.ui.sdk");
    }

    private void addBundle(String label, String symbolicName) {
        Bundle bundle = Platform.getBundle(symbolicName);
        if (bundle != null) {
            components.add(new String[] {label, bundle.getVersion().toString()});
        }
    }

    private static String version(String symbolicName) {
        Bundle bundle = Platform.getBundle(symbolicName);
        return bundle == null ? "" : bundle.getVersion().toString();
    }

    private static String engineVersion() {
        try {
            return Services.get(WorkspaceDatabaseService.class).database().engineVersion();
        } catch (Exception e) {
            return "unavailable: " + e.getMessage();
        }
    }

    private static String databaseFile() {
        try {
            return Services.get(WorkspaceDatabaseService.class).database().file().toString();
        } catch (Exception e) {
            return "unavailable: " + e.getMessage();
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY_ID, "&Copy versions", false);
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY_ID) {
            StringBuilder b = new StringBuilder("High Needs Workbench ").append(version(HighNeedsUi.PLUGIN_ID)).append('\n');
            for (String[] row : components) {
                b.append(row[0]).append(": ").append(row[1]).append('\n');
            }
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] {b.toString()}, new Transfer[] {TextTransfer.getInstance()});
            } finally {
                clipboard.dispose();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    public boolean close() {
        if (icon != null) {
            icon.dispose();
        }
        return super.close();
    }
}
