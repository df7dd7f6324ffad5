package org.highneeds.ui.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.highneeds.ui.HighNeedsJob;
import org.highneeds.ui.internal.myla.MyLaStatusItem;

/**
 * The menu bar: File and Edit, then one named group per job in the order of the start page
 * ({@link HighNeedsJob#menuGroup()}: provision, sufficiency, commissioning, benchmarking, data) where each job's
 * bundle puts its top-level menu, then {@code additions} for team plug-ins, Window and Help. Help keeps the
 * {@code additions} group where the p2 UI contributes "Check for Updates" and "Install New Software...". The status
 * line shows my LA.
 */
final class HighNeedsActionBarAdvisor extends ActionBarAdvisor {

    /** The command that opens the start page. */
    static final String START_PAGE_COMMAND = "org.highneeds.ui.commands.startPage";

    HighNeedsActionBarAdvisor(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow window) {
        register(ActionFactory.QUIT.create(window));
        register(ActionFactory.SAVE.create(window));
        register(ActionFactory.SAVE_AS.create(window));
        register(ActionFactory.CLOSE.create(window));
        register(ActionFactory.CLOSE_ALL.create(window));
        register(ActionFactory.PREFERENCES.create(window));
        register(ActionFactory.RESET_PERSPECTIVE.create(window));
        register(ActionFactory.REFRESH.create(window));
        register(ActionFactory.UNDO.create(window));
        register(ActionFactory.REDO.create(window));
        register(ActionFactory.COPY.create(window));
        register(ActionFactory.SELECT_ALL.create(window));
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();

        MenuManager file = new MenuManager("&File", IWorkbenchActionConstants.M_FILE);
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        file.add(new Separator());
        file.add(getAction(ActionFactory.CLOSE.getId()));
        file.add(getAction(ActionFactory.CLOSE_ALL.getId()));
        file.add(new Separator());
        file.add(getAction(ActionFactory.SAVE.getId()));
        file.add(getAction(ActionFactory.SAVE_AS.getId()));
        file.add(new Separator());
        file.add(getAction(ActionFactory.REFRESH.getId()));
        file.add(new Separator());
        file.add(getAction(ActionFactory.QUIT.getId()));
        file.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));

        MenuManager edit = new MenuManager("&Edit", IWorkbenchActionConstants.M_EDIT);
        edit.add(getAction(ActionFactory.UNDO.getId()));
        edit.add(getAction(ActionFactory.REDO.getId()));
        edit.add(new Separator());
        edit.add(getAction(ActionFactory.COPY.getId()));
        edit.add(getAction(ActionFactory.SELECT_ALL.getId()));
        edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager windowMenu = new MenuManager("&Window", IWorkbenchActionConstants.M_WINDOW);
        windowMenu.add(startPage());
        MenuManager perspectives = new MenuManager("Open &Perspective", "org.highneeds.ui.menus.perspectives");
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        windowMenu.add(perspectives);
        MenuManager showView = new MenuManager("Show &View");
        showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        windowMenu.add(showView);
        windowMenu.add(getAction(ActionFactory.RESET_PERSPECTIVE.getId()));
        windowMenu.add(new Separator());
        windowMenu.add(getAction(ActionFactory.PREFERENCES.getId()));
        windowMenu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));

        MenuManager help = new MenuManager("&Help", IWorkbenchActionConstants.M_HELP);
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        help.add(startPage());
        help.add(new Separator());
        help.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        help.add(new Separator("about"));
        help.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));

        menuBar.add(file);
        menuBar.add(edit);
        // each job's bundle adds its menu after its group's marker, so the menus keep the start page's order
        for (HighNeedsJob job : HighNeedsJob.values()) {
            menuBar.add(new GroupMarker(job.menuGroup()));
        }
        // team plug-ins that are not a job
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu);
        menuBar.add(help);
    }

    @Override
    protected void fillStatusLine(IStatusLineManager statusLine) {
        statusLine.add(new MyLaStatusItem());
    }

    private IContributionItem startPage() {
        IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
        CommandContributionItemParameter p = new CommandContributionItemParameter(window, "org.highneeds.ui.menus.startPage",
                START_PAGE_COMMAND, CommandContributionItem.STYLE_PUSH);
        p.label = "&Start Page";
        p.icon = Images.descriptor("icons/highneeds_16.png");
        return new CommandContributionItem(p);
    }
}
