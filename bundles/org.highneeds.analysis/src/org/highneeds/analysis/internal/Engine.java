package org.highneeds.analysis.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.analysis.AnalysisException;
import org.highneeds.analysis.QuartileBand;
import org.highneeds.analysis.BenchmarkRequest;
import org.highneeds.analysis.BenchmarkRow;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.ComparatorGroup;
import org.highneeds.analysis.ComparatorGroups;
import org.highneeds.analysis.ComparatorMember;
import org.highneeds.analysis.ConnectionSource;
import org.highneeds.analysis.GroupMeanMethod;
import org.highneeds.analysis.Growth;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.IndicatorResult;
import org.highneeds.analysis.IndicatorValidationException;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.analysis.LaInfo;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.PeriodKind;
import org.highneeds.analysis.ProfileEntry;
import org.highneeds.analysis.internal.Observations.Obs;
import org.highneeds.model.Polarities;

/** The engine: runs indicator SQL, ranks and bands, follows LA series and forms group means. */
public final class Engine {

    private final ConnectionSource db;
    private final IndicatorRegistry registry;
    private final ComparatorGroups comparators;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile LaDirectory directory;

    private record Cached(IndicatorDefinition definition, IndicatorResult result) {
    }

    public Engine(ConnectionSource db, IndicatorRegistry registry) {
        this.db = db;
        this.registry = registry;
        this.comparators = new ComparatorGroups(db);
    }

    public IndicatorRegistry registry() {
        return registry;
    }

    public ComparatorGroups comparators() {
        return comparators;
    }

    public void invalidate() {
        cache.clear();
        directory = null;
    }

    LaDirectory directory() throws AnalysisException {
        LaDirectory d = directory;
        if (d == null) directory = d = LaDirectory.load(db);
        return d;
    }

    /** The cached result, computed when missing or when the definition changed. */
    public IndicatorResult result(IndicatorDefinition d) throws AnalysisException {
        Cached c = cache.get(d.id());
        if (c != null && c.definition().equals(d)) return c.result();
        IndicatorResult r = compute(d);
        cache.put(d.id(), new Cached(d, r));
        return r;
    }

    /** Computes the indicator for all LAs and periods (no cache). */
    public IndicatorResult compute(IndicatorDefinition d) throws AnalysisException {
        LaDirectory dir = directory();
        Map<Integer, Map<String, Obs>> rows;
        Map<String, String> conflicts = new HashMap<>();
        try (Connection c = db.connect()) {
            rows = Observations.read(d, c, conflicts);
        } catch (IndicatorValidationException e) {
            throw e;
        } catch (SQLException e) {
            throw new AnalysisException("Indicator '" + d.id() + "' cannot be computed: its SQL fails: " + Sql.message(e)
                    + (d.sourceDatasets().isEmpty() ? "" : " (it reads " + String.join(", ", d.sourceDatasets())
                            + "; import them first if they are missing)"), e);
        }
        Map<Integer, Map<String, IndicatorValue>> byYear = new TreeMap<>();
        Map<Integer, IndicatorValue> england = new TreeMap<>();
        Map<String, Obs> previous = Map.of();
        int previousYear = Integer.MIN_VALUE;
        for (Map.Entry<Integer, Map<String, Obs>> e : rows.entrySet()) {
            int year = e.getKey();
            boolean consecutive = year == previousYear + 1;
            List<Obs> las = new ArrayList<>();
            for (Obs o : e.getValue().values()) {
                if (dir.isLa(o.laCode())) las.add(o);
            }
            Map<String, Ranked> ranks = rank(las, d);
            Map<String, IndicatorValue> values = new HashMap<>();
            for (Obs o : las) {
                Obs before = consecutive ? previous.get(o.laCode()) : null;
                Growth change = Growth.between(before == null ? null : before.value(), o.value());
                Ranked rk = ranks.get(o.laCode());
                values.put(o.laCode(), new IndicatorValue(o.laCode(), year, o.value(), o.numerator(), o.denominator(), change,
                        rk == null ? null : rk.band, rk == null ? null : rk.rank, ranks.size(),
                        conflicts.getOrDefault(Observations.key(year, o.laCode()), o.value() == null ? "suppressed or not published" : "")));
            }
            byYear.put(year, values);
            Obs eng = e.getValue().get(IndicatorDefinition.ENGLAND);
            Obs engBefore = consecutive ? previous.get(IndicatorDefinition.ENGLAND) : null;
            IndicatorValue engValue;
            if (eng != null) {
                engValue = new IndicatorValue(IndicatorDefinition.ENGLAND, year, eng.value(), eng.numerator(), eng.denominator(),
                        Growth.between(engBefore == null ? null : engBefore.value(), eng.value()), null, null, 0,
                        eng.value() == null ? "suppressed or not published" : "");
            } else {
                engValue = aggregate(d, IndicatorDefinition.ENGLAND, year, las, "all LAs");
                IndicatorValue before = england.get(year - 1);
                engValue = withChange(engValue, Growth.between(before == null ? null : before.value(), engValue.value()));
            }
            england.put(year, engValue);
            previous = e.getValue();
            previousYear = year;
        }
        return new IndicatorResult(d, byYear, england);
    }

    private record Ranked(int rank, QuartileBand band) {
    }

    /** Competition ranks (ties share the lowest rank) of the present values, best first by polarity. */
    private static Map<String, Ranked> rank(List<Obs> las, IndicatorDefinition d) {
        List<Obs> present = new ArrayList<>();
        for (Obs o : las) {
            if (o.value() != null) present.add(o);
        }
        Comparator<Obs> order = Comparator.comparingDouble(Obs::value);
        if (!Polarities.lowFirst(d.polarity())) order = order.reversed();
        present.sort(order);
        Map<String, Ranked> out = new HashMap<>();
        int n = present.size();
        for (int i = 0; i < n; i++) {
            int rank = i + 1;
            if (i > 0 && present.get(i).value().doubleValue() == present.get(i - 1).value().doubleValue()) {
                rank = out.get(present.get(i - 1).laCode()).rank;
            }
            out.put(present.get(i).laCode(), new Ranked(rank, QuartileBand.ofRank(rank, n)));
        }
        return out;
    }

    /**
     * The value of a set of LAs: weighted (sum of numerators over sum of denominators) when the indicator says so
     * or, for England, when the rows have both; a sum for counts (England); else the plain mean.
     */
    private static IndicatorValue aggregate(IndicatorDefinition d, String code, int year, List<Obs> members, String what) {
        int n = members.size();
        List<Obs> present = members.stream().filter(o -> o.value() != null).toList();
        boolean englandRow = IndicatorDefinition.ENGLAND.equals(code);
        List<Obs> weighted = members.stream().filter(o -> o.value() != null && o.numerator() != null
                && o.denominator() != null).toList();
        if (present.isEmpty()) {
            return new IndicatorValue(code, year, null, null, null, null, null, null, 0, "no " + what + " value");
        }
        if (englandRow && d.unit().additive()) {
            double sum = present.stream().mapToDouble(Obs::value).sum();
            String note = "sum of " + present.size() + " LAs (the data has no England row)"
                    + (present.size() < n ? "; " + (n - present.size()) + " LAs missing" : "");
            return new IndicatorValue(code, year, sum, null, null, null, null, null, 0, note);
        }
        if ((d.groupMean() == GroupMeanMethod.WEIGHTED || englandRow) && !weighted.isEmpty()) {
            double num = weighted.stream().mapToDouble(Obs::numerator).sum();
            double den = weighted.stream().mapToDouble(Obs::denominator).sum();
            Double v = den == 0 ? null : d.unit().scale() * num / den;
            String note = (englandRow ? "all LAs weighted (the data has no England row): " : "weighted: ")
                    + weighted.size() + " of " + n + " " + what;
            return new IndicatorValue(code, year, v, num, den, null, null, null, 0, note);
        }
        double mean = present.stream().mapToDouble(Obs::value).average().orElseThrow();
        String note = (englandRow ? "plain mean of LAs (the data has no England row): " : "mean of ") + present.size()
                + " of " + n + " " + what;
        return new IndicatorValue(code, year, mean, null, null, null, null, null, 0, note);
    }

    private static IndicatorValue withChange(IndicatorValue v, Growth change) {
        return new IndicatorValue(v.laCode(), v.year(), v.value(), v.numerator(), v.denominator(), change, v.band(), v.rank(),
                v.rankedCount(), v.note());
    }

    /** When a period starts, to decide whether a boundary change had happened. */
    static LocalDate periodStart(PeriodKind kind, int year) {
        return switch (kind) {
            case JANUARY -> LocalDate.of(year, 1, 20);
            case CALENDAR_YEAR -> LocalDate.of(year, 1, 1);
            case FINANCIAL_YEAR -> LocalDate.of(year - 1, 4, 1);
            case ACADEMIC_YEAR -> LocalDate.of(year - 1, 9, 1);
        };
    }

    /**
     * The value of LA series {@code laCode} in {@code year}: its own row when the data has one, else its
     * predecessors' (a merger adds counts and rates' numerators and denominators up; after a split only rates are
     * comparable, taken from the former LA as a whole).
     */
    IndicatorValue seriesValue(IndicatorResult r, LaDirectory dir, String laCode, int year) {
        IndicatorDefinition d = r.indicator();
        IndicatorValue own = r.get(laCode, year);
        if (own != null && own.value() != null) return own;
        List<LaDirectory.Succession> pre = dir.predecessors(laCode, periodStart(d.periodKind(), year));
        if (pre.isEmpty()) {
            return own != null ? own
                    : new IndicatorValue(laCode, year, null, null, null, null, null, null, 0,
                            r.years().contains(year) ? "no value published" : "no data for " + d.periodKind().format(year));
        }
        boolean split = pre.stream().anyMatch(s -> s.kind().equals("split"));
        String names = String.join(" + ", pre.stream().map(s -> s.oldLaCode() + " " + dir.name(s.oldLaCode())).toList());
        LocalDate date = pre.get(0).effectiveDate();
        if (split) {
            if (pre.size() > 1 || d.unit().additive()) {
                return new IndicatorValue(laCode, year, null, null, null, null, null, null, 0,
                        names + " covered more than " + dir.name(laCode) + " before " + date
                                + (d.unit().additive() ? ": counts are not comparable" : ": not comparable"));
            }
            IndicatorValue old = r.get(pre.get(0).oldLaCode(), year);
            if (old == null || old.value() == null) {
                return new IndicatorValue(laCode, year, null, null, null, null, null, null, 0, names + " (before " + date
                        + "): no value published");
            }
            return new IndicatorValue(laCode, year, old.value(), old.numerator(), old.denominator(), null, old.band(),
                    old.rank(), old.rankedCount(), names + " (whole former area, before " + date + ")");
        }
        // merger: every predecessor is wholly inside the series LA
        List<Obs> parts = new ArrayList<>();
        for (LaDirectory.Succession s : pre) {
            IndicatorValue v = r.get(s.oldLaCode(), year);
            if (v == null || v.value() == null) {
                return new IndicatorValue(laCode, year, null, null, null, null, null, null, 0, names + " (before " + date
                        + "): " + s.oldLaCode() + " has no value");
            }
            parts.add(new Obs(s.oldLaCode(), year, v.value(), v.numerator(), v.denominator()));
        }
        if (d.unit().additive()) {
            double sum = parts.stream().mapToDouble(Obs::value).sum();
            return new IndicatorValue(laCode, year, sum, null, null, null, null, null, 0, "sum of " + names + " (before " + date + ")");
        }
        if (parts.stream().allMatch(o -> o.numerator() != null && o.denominator() != null)) {
            double num = parts.stream().mapToDouble(Obs::numerator).sum();
            double den = parts.stream().mapToDouble(Obs::denominator).sum();
            return new IndicatorValue(laCode, year, den == 0 ? null : d.unit().scale() * num / den, num, den, null, null, null, 0,
                    names + " combined (before " + date + ")");
        }
        return new IndicatorValue(laCode, year, null, null, null, null, null, null, 0, names + " (before " + date
                + "): a rate without numerator and denominator cannot be combined");
    }

    /** The benchmark table. */
    public BenchmarkTable benchmark(BenchmarkRequest req) throws AnalysisException {
        IndicatorDefinition d = registry.get(req.indicatorId());
        LaDirectory dir = directory();
        LaInfo subject = dir.get(req.laCode());
        IndicatorResult r = result(d);
        if (r.years().isEmpty() && (req.fromYear() == null || req.toYear() == null)) {
            throw new AnalysisException("Indicator '" + d.id() + "' has no data: import " + String.join(", ", d.sourceDatasets()));
        }
        int from = req.fromYear() != null ? req.fromYear() : r.years().first();
        int to = req.toYear() != null ? req.toYear() : r.years().last();
        if (from > to) throw new AnalysisException("The span " + from + " to " + to + " is empty: --from must not be after --to");
        if (to - from > 100) throw new AnalysisException("The span " + from + " to " + to + " is longer than 100 years");
        if (r.years().isEmpty()) {
            throw new AnalysisException("Indicator '" + d.id() + "' has no data: import " + String.join(", ", d.sourceDatasets()));
        }
        if (r.years().subSet(from, to + 1).isEmpty()) {
            throw new AnalysisException("Indicator '" + d.id() + "' has no data from " + d.periodKind().format(from) + " to "
                    + d.periodKind().format(to) + "; it has data from " + d.periodKind().format(r.years().first()) + " to "
                    + d.periodKind().format(r.years().last()) + " (--from " + r.years().first() + " --to " + r.years().last() + ")");
        }
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) years.add(y);
        ComparatorGroup group = req.group() != null ? req.group() : comparators.statisticalNeighbours(subject.laCode());

        List<BenchmarkRow> rows = new ArrayList<>();
        Set<String> boundaryNotes = new LinkedHashSet<>();
        List<IndicatorValue> subjectCells = series(r, dir, subject.laCode(), years, boundaryNotes);
        Map<String, List<IndicatorValue>> memberCells = new HashMap<>();
        for (ComparatorMember m : group.members()) {
            if (m.laCode().equals(subject.laCode())) continue;
            memberCells.put(m.laCode(), series(r, dir, m.laCode(), years, boundaryNotes));
        }
        List<IndicatorValue> meanCells = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            List<Obs> obs = new ArrayList<>();
            for (List<IndicatorValue> cells : memberCells.values()) {
                IndicatorValue v = cells.get(i);
                obs.add(new Obs(v.laCode(), v.year(), v.value(), v.numerator(), v.denominator()));
            }
            IndicatorValue mean = aggregate(d, null, years.get(i), obs, "members");
            Double before = i == 0 ? priorMean(r, dir, d, group, subject.laCode(), from - 1) : meanCells.get(i - 1).value();
            meanCells.add(withChange(mean, Growth.between(before, mean.value())));
        }
        List<IndicatorValue> englandCells = new ArrayList<>();
        for (int y : years) {
            IndicatorValue e = r.england(y);
            englandCells.add(e != null ? e : new IndicatorValue(IndicatorDefinition.ENGLAND, y, null, null, null, null, null,
                    null, 0, "no data for " + d.periodKind().format(y)));
        }
        // the year-on-year change of the first column needs the year before the span
        subjectCells = firstChange(r, dir, subject.laCode(), subjectCells);
        Double lastMean = meanCells.get(meanCells.size() - 1).value();
        rows.add(row(BenchmarkRow.Kind.SUBJECT, subject.laCode(), subject.name(), null, null, subjectCells, lastMean));
        for (ComparatorMember m : group.members()) {
            List<IndicatorValue> cells = memberCells.get(m.laCode());
            if (cells == null) continue;
            rows.add(row(BenchmarkRow.Kind.COMPARATOR, m.laCode(), m.la().name(), m.rank(), m.proximity(),
                    firstChange(r, dir, m.laCode(), cells), lastMean));
        }
        rows.add(row(BenchmarkRow.Kind.GROUP_MEAN, null, "Group mean", null, null, meanCells, null));
        // England's count is not comparable with a mean of LAs' counts; its rate is
        rows.add(row(BenchmarkRow.Kind.ENGLAND, IndicatorDefinition.ENGLAND, "England", null, null, englandCells,
                d.unit().additive() ? null : lastMean));

        List<String> notes = new ArrayList<>();
        notes.add(d.title() + ": " + d.note());
        notes.add("Group mean: " + (d.groupMean() == GroupMeanMethod.WEIGHTED && d.isRate() ? d.groupMean().description()
                : GroupMeanMethod.MEAN.description()) + " (" + group.name() + ", " + memberCells.size() + " LAs; "
                + subject.name() + " itself is not in the mean).");
        notes.add("Bands A-D are quartiles among all LAs with a value in the period; rank 1 = "
                + switch (d.polarity()) {
                    case HIGHER_IS_BETTER -> "highest (higher is better)";
                    case LOWER_IS_BETTER -> "lowest (lower is better)";
                    case NEUTRAL -> "highest (neutral indicator: A and rank 1 mean highest, not best)";
                } + ". Change over the span is the product of the yearly factors; annualised is its yearly equivalent.");
        notes.add("Suppressed or unpublished values are shown as missing, never as 0; a change from zero is n/a.");
        notes.addAll(boundaryNotes);
        notes.add("Sources: " + String.join(", ", d.sourceDatasets()) + "; comparators: " + group.source() + ".");
        return new BenchmarkTable(d, subject, group, years, rows, notes);
    }

    /** The group mean of the period before the span, for the first period's change. */
    private Double priorMean(IndicatorResult r, LaDirectory dir, IndicatorDefinition d, ComparatorGroup group, String subject,
            int year) {
        List<Obs> obs = new ArrayList<>();
        for (ComparatorMember m : group.members()) {
            if (m.laCode().equals(subject)) continue;
            IndicatorValue v = seriesValue(r, dir, m.laCode(), year);
            obs.add(new Obs(m.laCode(), year, v.value(), v.numerator(), v.denominator()));
        }
        return aggregate(d, null, year, obs, "members").value();
    }

    private List<IndicatorValue> series(IndicatorResult r, LaDirectory dir, String code, List<Integer> years,
            Set<String> notes) {
        List<IndicatorValue> cells = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            IndicatorValue v = seriesValue(r, dir, code, years.get(i));
            // values taken from predecessor LAs (or withheld because of a boundary change) are explained in the notes
            if (r.get(code, years.get(i)) != v && v.note().contains("before")) {
                notes.add(dir.name(code) + " " + r.indicator().periodKind().format(years.get(i)) + ": " + v.note());
            }
            IndicatorValue before = i == 0 ? null : cells.get(i - 1);
            cells.add(withChange(v, i == 0 ? v.change() : Growth.between(before.value(), v.value())));
        }
        return cells;
    }

    private List<IndicatorValue> firstChange(IndicatorResult r, LaDirectory dir, String code, List<IndicatorValue> cells) {
        IndicatorValue first = cells.get(0);
        IndicatorValue prior = seriesValue(r, dir, code, first.year() - 1);
        List<IndicatorValue> out = new ArrayList<>(cells);
        out.set(0, withChange(first, Growth.between(prior.value(), first.value())));
        return out;
    }

    private static BenchmarkRow row(BenchmarkRow.Kind kind, String code, String name, Integer rank, String proximity,
            List<IndicatorValue> cells, Double groupMean) {
        Growth overall = compound(cells);
        int span = cells.get(cells.size() - 1).year() - cells.get(0).year();
        Growth annualised = overall.isKnown() && span > 0
                ? Growth.of(Math.pow(1 + overall.value(), 1.0 / span) - 1)
                : overall.isKnown() ? Growth.MISSING : overall;
        Double last = cells.get(cells.size() - 1).value();
        Double distance = last == null || groupMean == null ? null : last - groupMean;
        Double relative = last == null || groupMean == null || groupMean == 0 ? null : last / groupMean - 1;
        return new BenchmarkRow(kind, code, name, rank, proximity, cells, overall, annualised, distance, relative);
    }

    /** Product of the yearly factors: missing when any period is missing, n/a when a factor starts from zero. */
    static Growth compound(List<IndicatorValue> cells) {
        if (cells.size() < 2) return Growth.MISSING;
        for (IndicatorValue c : cells) {
            if (c.value() == null) return Growth.MISSING;
        }
        double product = 1;
        for (int i = 1; i < cells.size(); i++) {
            double from = cells.get(i - 1).value();
            if (from == 0) return Growth.FROM_ZERO;
            product *= cells.get(i).value() / from;
        }
        return Growth.of(product - 1);
    }

    /** Indicators computed at the same time by a profile: small queries leave cores idle when run one by one. */
    private static final int PROFILE_THREADS = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors() * 2));

    /** The LA profile. */
    public LaProfile profile(String laCode, ComparatorGroup group, IProgressMonitor monitor) throws AnalysisException {
        LaDirectory dir = directory();
        LaInfo la = dir.get(laCode);
        ComparatorGroup g = group != null ? group : comparators.statisticalNeighbours(la.laCode());
        List<IndicatorDefinition> all = registry.all();
        SubMonitor sub = SubMonitor.convert(monitor, "Profile of " + la.label(), all.size());
        Map<String, Object> results = computeAll(all, sub);
        List<ProfileEntry> entries = new ArrayList<>();
        for (IndicatorDefinition d : all) {
            Object o = results.get(d.id());
            if (o instanceof AnalysisException e) {
                entries.add(new ProfileEntry(d, null, null, null, null, e.getMessage()));
                continue;
            }
            IndicatorResult r = (IndicatorResult) o;
            if (r.years().isEmpty()) {
                entries.add(new ProfileEntry(d, null, null, null, null, "no data: import " + String.join(", ", d.sourceDatasets())));
                continue;
            }
            int year = r.years().last();
            IndicatorValue v = seriesValue(r, dir, la.laCode(), year);
            IndicatorValue prior = seriesValue(r, dir, la.laCode(), year - 1);
            v = withChange(v, Growth.between(prior.value(), v.value()));
            List<Obs> obs = new ArrayList<>();
            for (ComparatorMember m : g.members()) {
                if (m.laCode().equals(la.laCode())) continue;
                IndicatorValue mv = seriesValue(r, dir, m.laCode(), year);
                obs.add(new Obs(m.laCode(), year, mv.value(), mv.numerator(), mv.denominator()));
            }
            Double mean = aggregate(d, null, year, obs, "members").value();
            IndicatorValue eng = r.england(year);
            Double distance = v.value() == null || mean == null ? null : v.value() - mean;
            Integer groupRank = null;
            int ranked = 0;
            if (v.value() != null) {
                // the LA among its comparators, as the commissioner reads "band against statistical neighbours"
                boolean lowFirst = Polarities.lowFirst(d.polarity());
                int better = 0;
                for (Obs member : obs) {
                    if (member.value() != null) {
                        ranked++;
                        better += lowFirst ? (member.value() < v.value() ? 1 : 0) : (member.value() > v.value() ? 1 : 0);
                    }
                }
                ranked++;
                groupRank = better + 1;
            }
            entries.add(new ProfileEntry(d, v, mean, eng == null ? null : eng.value(), distance, null, groupRank, ranked));
        }
        return new LaProfile(la, g, entries);
    }

    /** Results (or the AnalysisException) of every indicator, computed concurrently; cancel stops the rest. */
    private Map<String, Object> computeAll(List<IndicatorDefinition> all, SubMonitor sub) {
        Map<String, Object> results = new ConcurrentHashMap<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.min(PROFILE_THREADS, Math.max(1, all.size())), r -> {
                    Thread t = new Thread(r, "indicator profile");
                    t.setDaemon(true);
                    return t;
                });
        try {
            java.util.concurrent.CompletionService<String> done = new java.util.concurrent.ExecutorCompletionService<>(pool);
            for (IndicatorDefinition d : all) {
                done.submit(() -> {
                    try {
                        results.put(d.id(), result(d));
                    } catch (AnalysisException e) {
                        results.put(d.id(), e);
                    }
                    return d.title();
                });
            }
            for (int i = 0; i < all.size(); i++) {
                java.util.concurrent.Future<String> f;
                do {
                    if (sub.isCanceled()) throw new OperationCanceledException();
                    f = done.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                } while (f == null);
                sub.subTask(f.get());
                sub.worked(1);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("computing an indicator failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
