package org.highneeds.ui.internal.myla;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.ContributionItem;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.analysis.LaInfo;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.ui.internal.start.StartPageData;

/** "My LA: 302 Barnet" in the status bar; a click opens the dialog that changes it. */
public final class MyLaStatusItem extends ContributionItem {

    /** Id of the item in the status line. */
    public static final String ID = "org.highneeds.ui.status.myLa";

    private Link link;
    private final Consumer<Optional<String>> myLaChanged = code -> lookUp(code.orElse(null));
    private final Runnable databaseChanged = () -> lookUp(MyLocalAuthority.code().orElse(null));

    /** The item; it follows my LA and, for the name, the imported LA code list. */
    public MyLaStatusItem() {
        super(ID);
    }

    @Override
    public void fill(Composite parent) {
        Composite holder = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(6, 0).applyTo(holder);
        link = new Link(holder, SWT.NONE);
        link.setToolTipText("The local authority you work for: every view, wizard and command opens on it. Click to change it.");
        GridDataFactory.fillDefaults().grab(true, true).align(SWT.FILL, SWT.CENTER).applyTo(link);
        link.addListener(SWT.Selection, e -> new MyLaDialog(link.getShell(), false).open());
        show(MyLocalAuthority.code().orElse(null), null);
        MyLocalAuthority.addListener(myLaChanged);
        Services.get(WorkspaceDatabaseService.class).addChangeListener(databaseChanged);
        link.addDisposeListener(e -> {
            MyLocalAuthority.removeListener(myLaChanged);
            Services.get(WorkspaceDatabaseService.class).removeChangeListener(databaseChanged);
        });
        lookUp(MyLocalAuthority.code().orElse(null));
    }

    /** Looks the name up off the UI thread (it is in the database), then shows it. */
    private void lookUp(String code) {
        if (link == null || link.isDisposed()) {
            return;
        }
        Job job = Job.create("Looking up my LA", (IProgressMonitor monitor) -> {
            String name = code == null ? null : StartPageData.workspace().localAuthorities().stream()
                    .filter(la -> la.laCode().equals(code)).map(LaInfo::name).findFirst().orElse(null);
            if (!link.isDisposed()) {
                link.getDisplay().asyncExec(() -> show(code, name));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(String code, String name) {
        if (link.isDisposed()) {
            return;
        }
        // the code alone until the LA code list is imported
        link.setText(code == null ? "My LA: <a>choose...</a>" : "My LA: <a>" + code + (name == null ? "" : " " + name) + "</a>");
        link.getParent().getParent().layout(true, true);
    }

    /** What the item shows now, without the link markup (tests). */
    public String text() {
        return link == null || link.isDisposed() ? "" : link.getText().replace("<a>", "").replace("</a>", "");
    }
}
