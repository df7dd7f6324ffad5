package org.highneeds.ui;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;

/**
 * The jobs a SEND team does in the workbench, in the order the start page offers them. Each job has a perspective
 * (its layout) and a named group in the menu bar where its bundle puts its top-level menu, so that every job's menu
 * sits in the same place whatever is installed.
 * <p>
 * A job bundle contributes, in its {@code plugin.xml}:
 * <ul>
 * <li>its perspective with the id {@link #perspectiveId()} (the start page's link opens it; until the bundle is
 * installed the link says the job is coming);</li>
 * <li>its top-level menu at {@code menu:org.eclipse.ui.main.menu?after=<menuGroup()>}, e.g.
 * {@code menu:org.eclipse.ui.main.menu?after=benchmarking}, and nothing at {@code after=additions} (that group is
 * left for team plug-ins that are not a job);</li>
 * <li>a {@code perspectiveShortcut} of its perspective in the others is not needed: Window &gt; Open Perspective
 * lists them all.</li>
 * </ul>
 */
public enum HighNeedsJob {

    /** Where children with EHC plans are placed and what provision there is. */
    PROVISION("provision", "Map provision", "See the settings, resourced provision and special school places of your area, "
            + "and where children with EHC plans are placed.", "org.highneeds.ui.provision.perspective"),
    /** Whether there will be enough places: forecasts of demand against capacity. */
    SUFFICIENCY("sufficiency", "Plan sufficiency", "Forecast demand for specialist places against capacity, "
            + "with scenarios and their costs.", "org.highneeds.ui.sufficiency.perspective"),
    /** Independent and non-maintained placements: the register, fees and invest-to-save. */
    COMMISSIONING("commissioning", "Commission placements", "Review the placement register, challenge fees "
            + "and weigh invest-to-save cases.", "org.highneeds.ui.commissioning.perspective"),
    /** Benchmarking against statistical neighbours and England. */
    BENCHMARKING("benchmarking", "Benchmark", "Compare your LA with its statistical neighbours, region and England "
            + "on every indicator.", "org.highneeds.ui.benchmarking.perspective"),
    /** The national data itself: importing, the catalogue, SQL queries. */
    DATA("data", "Query data", "Ask your own questions of the national data in SQL, and export the answers "
            + "to Excel.", "org.highneeds.ui.sql.perspective", "org.highneeds.ui.sql.commands.newConsole");

    /** The perspective of the start page (Help &gt; Start Page). */
    public static final String START_PERSPECTIVE_ID = "org.highneeds.ui.perspectives.start";

    /** The perspective of the data itself: the Data view, the Data Catalogue and the local areas. */
    public static final String DATA_PERSPECTIVE_ID = "org.highneeds.ui.perspective";

    private final String menuGroup;
    private final String title;
    private final String description;
    private final String perspectiveId;
    private final String firstCommandId;

    HighNeedsJob(String menuGroup, String title, String description, String perspectiveId) {
        this(menuGroup, title, description, perspectiveId, null);
    }

    HighNeedsJob(String menuGroup, String title, String description, String perspectiveId, String firstCommandId) {
        this.menuGroup = menuGroup;
        this.title = title;
        this.description = description;
        this.perspectiveId = perspectiveId;
        this.firstCommandId = firstCommandId;
    }

    /** The name of the job's group in the menu bar, e.g. {@code benchmarking}. */
    public String menuGroup() {
        return menuGroup;
    }

    /** What the start page's link says, e.g. "Benchmark". */
    public String title() {
        return title;
    }

    /** One sentence on what the job is for. */
    public String description() {
        return description;
    }

    /** The id of the job's perspective, contributed by the job's bundle. */
    public String perspectiveId() {
        return perspectiveId;
    }

    /**
     * The command the start page runs after opening the job's perspective when it has no editor open (e.g. a new SQL
     * console for "Query data"), or null.
     */
    public String firstCommandId() {
        return firstCommandId;
    }

    /** True when the job's bundle is installed (its perspective is there). */
    public boolean installed() {
        return PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(perspectiveId) != null;
    }

    /**
     * Adds to a perspective's {@code layout} the shortcuts every High Needs perspective offers: the start page, the
     * data and each installed job; a job's perspective factory calls it.
     */
    public static void addPerspectiveShortcuts(IPageLayout layout) {
        addShortcut(layout, START_PERSPECTIVE_ID);
        addShortcut(layout, DATA_PERSPECTIVE_ID);
        for (HighNeedsJob job : values()) {
            addShortcut(layout, job.perspectiveId());
        }
    }

    /** A shortcut only for a perspective that is installed: the jobs still coming have none. */
    private static void addShortcut(IPageLayout layout, String id) {
        if (PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id) != null) {
            layout.addPerspectiveShortcut(id);
        }
    }
}
