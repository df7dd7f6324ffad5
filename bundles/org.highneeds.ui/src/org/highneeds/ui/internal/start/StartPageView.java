package org.highneeds.ui.internal.start;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.part.ViewPart;
import org.highneeds.data.Services;
import org.highneeds.data.WorkspaceDatabaseService;
import org.highneeds.analysis.QuartileBand;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.model.ComparatorKind;
import org.highneeds.analysis.ComparatorMember;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.model.Polarity;
import org.highneeds.analysis.ProfileEntry;
import org.highneeds.data.MyLocalAuthority;
import org.highneeds.ui.HighNeedsJob;
import org.highneeds.ui.internal.imports.DownloadJob;
import org.highneeds.ui.internal.imports.ImportWizard;
import org.highneeds.ui.internal.myla.MyLaDialog;

/**
 * The start page: for my LA, the state of the data with Import and Download, a headline profile with bands, and one
 * link per job. It says what to do next when something is missing, and computes in a background job.
 */
public final class StartPageView extends ViewPart {

    /** Id of the view. */
    public static final String ID = "org.highneeds.ui.views.start";

    /** Shorter titles for the cards than the indicators' own (those show in the tooltip). */
    private static final Map<String, String> CARD_TITLES = Map.of(
            "ehcp_count", "EHC plans",
            "ehcp_per_population_2_18", "EHC plans per population aged 2-18",
            "pct_inmss", "Placed in independent or non-maintained special schools",
            "pct_within_20_weeks_excl_exceptions", "New plans issued within 20 weeks",
            "hn_block_per_head_2_18", "High needs block per head aged 2-18");

    private static final Map<String, String> MIX_LABELS = Map.of(
            "pct_mainstream", "Mainstream schools",
            "pct_rp_sen_units", "Resourced provision, SEN units",
            "pct_special", "State-funded special schools",
            "pct_inmss", "Independent, non-maintained special",
            "pct_ap", "Alternative provision, PRUs",
            "pct_fe", "Further education",
            "pct_spi", "Specialist post-16");

    private FormToolkit toolkit;
    private ScrolledForm form;
    private LocalResourceManager resources;
    private Font bold;
    private Font big;
    private Color grey;
    private Color cardBackground;
    private Composite content;

    private StartPageData data;
    private StartPageState shown;
    private Job job;
    private final Consumer<Optional<String>> myLaChanged = code -> refreshLater();
    private final Runnable databaseChanged = this::refreshLater;
    /** What each headline card and mix row shows as its value, by indicator id (tests compare it with the engine). */
    private final Map<String, String> shownValues = new LinkedHashMap<>();
    /** The band each headline card and mix row shows, by indicator id (absent where none is shown). */
    private final Map<String, QuartileBand> shownBands = new LinkedHashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        bold = resources.create(FontDescriptor.createFrom(parent.getFont()).setStyle(SWT.BOLD));
        big = resources.create(FontDescriptor.createFrom(parent.getFont()).setStyle(SWT.BOLD).increaseHeight(9));
        grey = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(0x5F, 0x66, 0x70)));
        cardBackground = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(0xF2, 0xF5, 0xF9)));
        form = toolkit.createScrolledForm(parent);
        toolkit.decorateFormHeading(form.getForm());
        form.setText("High Needs Workbench");
        GridLayoutFactory.fillDefaults().margins(24, 16).applyTo(form.getBody());
        data = StartPageData.workspace();
        MyLocalAuthority.addListener(myLaChanged);
        Services.get(WorkspaceDatabaseService.class).addChangeListener(databaseChanged);
        Action refresh = new Action("&Refresh") {
            @Override
            public void run() {
                refresh();
            }
        };
        refresh.setActionDefinitionId(ActionFactory.REFRESH.getCommandId());
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REFRESH.getId(), refresh);
        refresh();
    }

    /** Shows the page over {@code other} instead of the workspace database (tests: an empty or a full workspace). */
    public void useData(StartPageData other) {
        data = other;
        refresh();
    }

    /** Reads the data and computes the headline again, in the background; a run still going is cancelled. */
    public void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        String laCode = MyLocalAuthority.code().orElse(null);
        StartPageData source = data;
        Job computing = Job.create("Start page", (IProgressMonitor monitor) -> {
            try {
                StartPageState state = source.load(laCode, monitor);
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                form.getDisplay().asyncExec(() -> {
                    if (!form.isDisposed() && source == data) {
                        show(state);
                    }
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        });
        job = computing;
        form.setMessage(laCode == null ? null : "Computing the profile of your LA...", org.eclipse.jface.dialogs.IMessageProvider.NONE);
        computing.schedule();
    }

    /** The job computing the page now, or the last one (tests join it). */
    public Job job() {
        return job;
    }

    /** What the page shows; null before the first computation ended. */
    public StartPageState shown() {
        return shown;
    }

    /** The value text of each headline indicator and placement mix row shown, by indicator id. */
    public Map<String, String> shownValues() {
        return Map.copyOf(shownValues);
    }

    /** The band of each headline indicator and placement mix row shown, by indicator id. */
    public Map<String, QuartileBand> shownBands() {
        return Map.copyOf(shownBands);
    }

    /** Every text the page shows, in order (tests read what a user reads). */
    public List<String> texts() {
        List<String> texts = new java.util.ArrayList<>();
        if (form.getText() != null) {
            texts.add(form.getText());
        }
        if (form.getMessage() != null) {
            texts.add(form.getMessage());
        }
        collect(form.getBody(), texts);
        return texts;
    }

    private static void collect(Composite parent, List<String> texts) {
        for (Control c : parent.getChildren()) {
            String text = c instanceof Label l ? l.getText() : c instanceof Hyperlink h ? h.getText()
                    : c instanceof Button b ? b.getText() : c instanceof Section s ? s.getText() : null;
            if (text != null && !text.isBlank()) {
                texts.add(text.replace("&", ""));
            }
            if (c instanceof Section s && s.getDescription() != null) {
                texts.add(s.getDescription());
            }
            if (c instanceof Composite child) {
                collect(child, texts);
            }
        }
    }

    private void show(StartPageState state) {
        shown = state;
        shownValues.clear();
        shownBands.clear();
        if (content != null) {
            content.dispose();
        }
        content = toolkit.createComposite(form.getBody());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(content);
        GridLayoutFactory.fillDefaults().spacing(0, 20).applyTo(content);

        // what to do next, then the jobs, then the profile, then the data it comes from: top to bottom
        heading(state);
        nextStep(state);
        jobs(content);
        headline(content, state);
        datasets(content, state);

        content.layout(true, true);
        form.getBody().layout(true, true);
        form.reflow(true);
    }

    private void heading(StartPageState state) {
        if (state.la() != null) {
            form.setText(state.la().name() + " (" + state.laCode() + ")");
        } else if (state.laCode() != null) {
            form.setText("My LA: " + state.laCode());
        } else {
            form.setText("Welcome to High Needs Workbench");
        }
        String message = null;
        if (state.profile() != null) {
            message = state.la().region() + ". Compared with " + comparedWith(state);
        } else if (state.problem() != null) {
            message = state.problem();
        }
        form.setMessage(message, state.problem() != null ? org.eclipse.jface.dialogs.IMessageProvider.WARNING
                : org.eclipse.jface.dialogs.IMessageProvider.NONE);
    }

    private static String comparedWith(StartPageState state) {
        if (state.profile().group().kind() != ComparatorKind.STATISTICAL_NEIGHBOURS) {
            return "all LAs in England.";
        }
        List<ComparatorMember> members = state.profile().group().members();
        return "its " + members.size() + " statistical neighbours: "
                + members.stream().map(m -> m.la().name()).collect(Collectors.joining(", ")) + ".";
    }

    /** The one thing to do next, in plain words, when the page cannot show everything yet. */
    private void nextStep(StartPageState state) {
        String text;
        boolean choose = false;
        boolean importButtons = false;
        if (state.empty()) {
            text = "Import the national data: File > Import National Data, or Download. Start with the LA code list, "
                    + "the statistical neighbours and the SEN2 EHC plans (the folders of the national data you downloaded).";
            importButtons = true;
        } else if (state.laCode() == null) {
            text = "Choose your local authority to see its profile: the start page, every view and wizard open on it.";
            choose = true;
        } else if (missing(state, "reference.la-code-list")) {
            text = "Import the LA code list (la_code_list.xlsx, with the statistical neighbours) so that your LA's name "
                    + "and its neighbours are known: File > Import National Data.";
            importButtons = true;
        } else if (state.la() == null) {
            text = "The LA code list has no LA " + state.laCode() + ". Choose your local authority again.";
            choose = true;
        } else if (missing(state, "sen2.ehcp")) {
            text = "Import the SEN2 EHC plans (File > Import National Data), or Download them from Explore Education "
                    + "Statistics, to see your LA's profile.";
            importButtons = true;
        } else {
            return;
        }
        Composite banner = toolkit.createComposite(content);
        banner.setBackground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(0xFF, 0xF4, 0xD6))));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(16, 12).spacing(12, 0).applyTo(banner);
        Label next = toolkit.createLabel(banner, "What to do next:");
        next.setFont(bold);
        next.setBackground(banner.getBackground());
        Label words = toolkit.createLabel(banner, text, SWT.WRAP);
        words.setBackground(banner.getBackground());
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(words);
        if (choose) {
            button(banner, "Choose my LA...", () -> new MyLaDialog(form.getShell(), false).open());
            toolkit.createLabel(banner, "").setBackground(banner.getBackground());
        }
        if (importButtons) {
            button(banner, "Import National Data...", this::openImport);
            state.datasets().stream().filter(d -> d.status() == DatasetState.Status.MISSING && d.dataset().downloadable())
                    .findFirst().ifPresentOrElse(d -> button(banner, "Download " + shortTitle(d), () -> download(d)),
                            () -> toolkit.createLabel(banner, "").setBackground(banner.getBackground()));
        }
    }

    private static boolean missing(StartPageState state, String datasetId) {
        return state.datasets().stream().anyMatch(d -> d.dataset().id().equals(datasetId) && d.status() == DatasetState.Status.MISSING);
    }

    private void headline(Composite parent, StartPageState state) {
        Section section = section(parent, "Headline profile", state.profile() == null ? null
                : "Each figure in its latest period. Band A to D: the quartile the value falls in among "
                        + (state.groupNote() != null ? "all LAs" : "your LA and its statistical neighbours")
                        + " (A = best where lower or higher is better, else A = highest); the rank in England beside it. "
                        + (state.groupNote() != null ? state.groupNote() : "Neighbours: the mean of the statistical neighbours."));
        Composite cards = toolkit.createComposite(section);
        section.setClient(cards);
        if (state.profile() == null) {
            GridLayoutFactory.fillDefaults().applyTo(cards);
            Label none = toolkit.createLabel(cards, state.laCode() == null
                    ? "Choose your LA to see its EHC plans, placement mix, timeliness and funding against its statistical neighbours."
                    : "The profile shows here once the LA code list and the SEN2 EHC plans are imported: EHC plans and their "
                            + "growth, placement mix, I/N-MSS share, timeliness and high needs funding per head.", SWT.WRAP);
            none.setForeground(grey);
            GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(none);
            return;
        }
        GridLayoutFactory.fillDefaults().numColumns(4).equalWidth(true).spacing(14, 14).applyTo(cards);
        for (String id : StartPageData.HEADLINE) {
            state.entry(id).ifPresent(e -> card(cards, e));
        }
        mixCard(cards, state);
    }

    private void card(Composite parent, ProfileEntry entry) {
        Composite card = cardComposite(parent, 1);
        String title = CARD_TITLES.getOrDefault(entry.indicator().id(), entry.indicator().title());
        Label heading = label(card, title, bold, null);
        heading.setToolTipText(entry.indicator().title() + "\n\n" + entry.indicator().note());
        IndicatorValue v = entry.value();
        if (v == null) {
            label(card, entry.problem() == null ? "No data yet" : plainProblem(entry), null, grey);
            return;
        }
        String value = BenchmarkFormat.value(v.value(), entry.indicator().unit());
        shownValues.put(entry.indicator().id(), value);
        if (entry.groupBand() != null) {
            shownBands.put(entry.indicator().id(), entry.groupBand());
        }
        label(card, value, big, null);
        // growth of a count or an amount; the relative change of a percentage would read as points
        boolean growth = v.change().isKnown() && entry.indicator().unit() != org.highneeds.analysis.IndicatorUnit.PERCENT;
        label(card, entry.indicator().periodKind().format(v.year())
                + (growth ? ", " + BenchmarkFormat.growth(v.change()) + " on the year before" : ""), null, grey);
        bandLine(card, entry);
        label(card, comparison(entry), null, grey);
    }

    private void mixCard(Composite parent, StartPageState state) {
        Composite card = cardComposite(parent, 5);
        ((org.eclipse.swt.layout.GridData) card.getLayoutData()).horizontalSpan = 3;
        Optional<ProfileEntry> first = StartPageData.PLACEMENT_MIX.stream().map(state::entry).flatMap(Optional::stream)
                .filter(e -> e.value() != null).findFirst();
        Label title = label(card, "Placement mix" + first.map(e -> ", " + e.indicator().periodKind().format(e.value().year())).orElse(""),
                bold, null);
        GridDataFactory.fillDefaults().span(5, 1).applyTo(title);
        Label where = label(card, "Where EHC plans are placed", null, grey);
        GridDataFactory.fillDefaults().applyTo(where);
        header(card, "% of plans", SWT.END);
        header(card, "Band", SWT.CENTER);
        header(card, "Neighbours", SWT.END);
        header(card, "England", SWT.END);
        for (String id : StartPageData.PLACEMENT_MIX) {
            Optional<ProfileEntry> found = state.entry(id);
            if (found.isEmpty()) {
                continue;
            }
            ProfileEntry e = found.get();
            Label name = label(card, MIX_LABELS.getOrDefault(id, e.indicator().title()), null, null);
            // the figures stand next to their names, not across the card
            GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(name);
            name.setToolTipText(e.indicator().title() + "\n\n" + e.indicator().note());
            String value = e.value() == null ? BenchmarkFormat.MISSING : BenchmarkFormat.value(e.value().value(), e.indicator().unit());
            shownValues.put(id, value);
            if (e.groupBand() != null) {
                shownBands.put(id, e.groupBand());
            }
            Label shownValue = toolkit.createLabel(card, value);
            shownValue.setFont(bold);
            shownValue.setBackground(cardBackground);
            GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(90, SWT.DEFAULT).applyTo(shownValue);
            shownValue.setAlignment(SWT.RIGHT);
            chip(card, e.groupBand(), e.indicator().polarity());
            figure(card, e.groupMean() == null ? "" : BenchmarkFormat.value(e.groupMean(), e.indicator().unit()));
            figure(card, e.england() == null ? "" : BenchmarkFormat.value(e.england(), e.indicator().unit()));
        }
    }

    /** A column heading of the mix card, aligned as its column. */
    private void header(Composite card, String text, int align) {
        Label label = toolkit.createLabel(card, text);
        label.setBackground(cardBackground);
        label.setForeground(grey);
        GridDataFactory.fillDefaults().align(align, SWT.CENTER).applyTo(label);
    }

    /** A figure of the mix card, right-aligned. */
    private void figure(Composite card, String text) {
        Label label = toolkit.createLabel(card, text, SWT.RIGHT);
        label.setBackground(cardBackground);
        label.setForeground(grey);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(90, SWT.DEFAULT).applyTo(label);
    }

    private Composite cardComposite(Composite parent, int columns) {
        Composite card = toolkit.createComposite(parent);
        card.setBackground(cardBackground);
        GridDataFactory.fillDefaults().grab(true, true).hint(240, SWT.DEFAULT).applyTo(card);
        GridLayoutFactory.fillDefaults().numColumns(columns).margins(14, 12).spacing(8, 5).applyTo(card);
        return card;
    }

    /** The band among the LA and its comparators, with the two ranks: among them, and in England. */
    private void bandLine(Composite card, ProfileEntry entry) {
        Composite line = toolkit.createComposite(card);
        line.setBackground(cardBackground);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(line);
        QuartileBand band = entry.groupBand();
        IndicatorValue v = entry.value();
        chip(line, band, entry.indicator().polarity());
        label(line, band == null ? "Not banded"
                : bandWords(band, entry.indicator().polarity()) + " (" + ordinal(entry.groupRank()) + " of "
                        + entry.groupRankedCount() + (v.rank() == null ? ")" : "; " + BenchmarkFormat.rank(v.rank(), v.rankedCount())
                                + " in England)"), null, null);
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private void chip(Composite parent, QuartileBand band, Polarity polarity) {
        Label chip = toolkit.createLabel(parent, band == null ? " - " : " " + band.name() + " ", SWT.CENTER);
        chip.setFont(bold);
        GridDataFactory.fillDefaults().hint(28, SWT.DEFAULT).align(SWT.CENTER, SWT.CENTER).applyTo(chip);
        if (band != null) {
            RGB[] scale = polarity == Polarity.NEUTRAL ? BandColours.NEUTRAL : BandColours.JUDGED;
            chip.setBackground(resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(scale[band.ordinal()])));
            chip.setForeground(parent.getDisplay().getSystemColor(BandColours.darkText(band, polarity) ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
        } else {
            chip.setBackground(parent.getBackground());
        }
        chip.setToolTipText(BandColours.meaning(polarity));
    }

    private static String bandWords(QuartileBand band, Polarity polarity) {
        String[] judged = {"best quartile", "second-best quartile", "second-worst quartile", "worst quartile"};
        String[] neutral = {"highest quartile", "second-highest quartile", "second-lowest quartile", "lowest quartile"};
        return "Band " + band.name() + ": " + (polarity == Polarity.NEUTRAL ? neutral : judged)[band.ordinal()];
    }

    private static String comparison(ProfileEntry e) {
        StringBuilder s = new StringBuilder();
        if (e.groupMean() != null) {
            s.append("Neighbours ").append(BenchmarkFormat.value(e.groupMean(), e.indicator().unit()));
        }
        if (e.england() != null) {
            s.append(s.length() == 0 ? "" : "   ").append("England ").append(BenchmarkFormat.value(e.england(), e.indicator().unit()));
        }
        return s.toString();
    }

    private static String plainProblem(ProfileEntry e) {
        return e.problem().startsWith("no data") ? "No data yet: import " + String.join(", ", e.indicator().sourceDatasets())
                : "Cannot be computed: " + e.problem();
    }

    private void jobs(Composite parent) {
        Section section = section(parent, "What would you like to do?", null);
        Composite links = toolkit.createComposite(section);
        section.setClient(links);
        GridLayoutFactory.fillDefaults().numColumns(HighNeedsJob.values().length).equalWidth(true).spacing(18, 0).applyTo(links);
        for (HighNeedsJob j : HighNeedsJob.values()) {
            Composite tile = toolkit.createComposite(links);
            GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).applyTo(tile);
            GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(tile);
            if (j.installed()) {
                Hyperlink link = toolkit.createHyperlink(tile, j.title(), SWT.NONE);
                link.setFont(bold);
                link.setHref(j);
                link.addHyperlinkListener(new HyperlinkAdapter() {
                    @Override
                    public void linkActivated(HyperlinkEvent e) {
                        Perspectives.open(j);
                    }
                });
            } else {
                label(tile, j.title() + " (coming: not yet installed)", bold, grey);
            }
            label(tile, j.description(), null, grey);
        }
    }

    private void datasets(Composite parent, StartPageState state) {
        Section section = section(parent, "Your data", "The national datasets the headline profile reads.");
        Composite rows = toolkit.createComposite(section);
        section.setClient(rows);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(14, 6).applyTo(rows);
        for (DatasetState d : state.datasets()) {
            Label status = label(rows, switch (d.status()) {
                case IMPORTED -> "\u2713";
                case OUT_OF_DATE -> "!";
                case MISSING -> "\u2717";
            }, bold, null);
            status.setForeground(parent.getDisplay().getSystemColor(switch (d.status()) {
                case IMPORTED -> SWT.COLOR_DARK_GREEN;
                case OUT_OF_DATE -> SWT.COLOR_DARK_YELLOW;
                case MISSING -> SWT.COLOR_DARK_RED;
            }));
            GridDataFactory.fillDefaults().align(SWT.CENTER, SWT.BEGINNING).applyTo(status);
            Label title = label(rows, d.dataset().title(), bold, null);
            GridDataFactory.fillDefaults().grab(false, false).hint(420, SWT.DEFAULT).applyTo(title);
            Label detail = label(rows, switch (d.status()) {
                case IMPORTED -> d.detail();
                case OUT_OF_DATE -> d.detail() + ". A newer release is probably out.";
                case MISSING -> "Not imported";
            }, null, grey);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(detail);
            if (d.dataset().downloadable() && d.status() != DatasetState.Status.IMPORTED) {
                button(rows, "Download", () -> download(d));
            } else if (d.status() != DatasetState.Status.IMPORTED) {
                button(rows, "Import...", this::openImport);
            } else {
                toolkit.createLabel(rows, "");
            }
        }
        Composite more = toolkit.createComposite(rows);
        GridDataFactory.fillDefaults().span(4, 1).indent(0, 8).applyTo(more);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(14, 0).applyTo(more);
        Hyperlink catalogue = toolkit.createHyperlink(more, state.othersImported() == 0 ? "Open the Data Catalogue"
                : "Open the Data Catalogue (" + state.othersImported() + (state.othersImported() == 1 ? " more dataset" : " more datasets")
                        + " imported)", SWT.NONE);
        catalogue.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                Perspectives.show(HighNeedsJob.DATA_PERSPECTIVE_ID);
            }
        });
        Hyperlink importLink = toolkit.createHyperlink(more, "Import National Data...", SWT.NONE);
        importLink.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent e) {
                openImport();
            }
        });
    }

    private Section section(Composite parent, String title, String description) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION));
        section.setText(title);
        if (description != null) {
            section.setDescription(description);
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        return section;
    }

    private Label label(Composite parent, String text, Font font, Color colour) {
        Label label = toolkit.createLabel(parent, text, SWT.WRAP);
        label.setBackground(parent.getBackground());
        if (font != null) {
            label.setFont(font);
        }
        if (colour != null) {
            label.setForeground(colour);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
        return label;
    }

    private void button(Composite parent, String text, Runnable action) {
        Button b = toolkit.createButton(parent, text, SWT.PUSH);
        b.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(b);
    }

    private static String shortTitle(DatasetState d) {
        return d.dataset().id().equals("sen2.ehcp") ? "SEN2" : d.dataset().title();
    }

    private void openImport() {
        new WizardDialog(form.getShell(), new ImportWizard()).open();
    }

    private void download(DatasetState d) {
        new DownloadJob(d.dataset()).schedule();
    }

    private void refreshLater() {
        if (form == null || form.isDisposed()) {
            return;
        }
        form.getDisplay().asyncExec(this::refresh);
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        MyLocalAuthority.removeListener(myLaChanged);
        Services.get(WorkspaceDatabaseService.class).removeChangeListener(databaseChanged);
        if (job != null) {
            job.cancel();
        }
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
