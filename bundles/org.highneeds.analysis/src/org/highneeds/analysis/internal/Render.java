package org.highneeds.analysis.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.analysis.BenchmarkRow;
import org.highneeds.analysis.BenchmarkTable;
import org.highneeds.analysis.GroupMeanMethod;
import org.highneeds.analysis.Growth;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.IndicatorValue;
import org.highneeds.analysis.LaProfile;
import org.highneeds.analysis.ProfileEntry;
import org.highneeds.data.output.Json;
import org.highneeds.data.output.OutputFormat;
import org.highneeds.model.edit.ModelLabels;

/** Formatting of numbers and whole tables (text, CSV, JSON). */
public final class Render {

    private Render() {
    }

    private static DecimalFormat format(int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.UK));
        return f;
    }

    public static String value(Double v, IndicatorUnit u) {
        if (v == null) return BenchmarkFormat.MISSING;
        String n = format(u.decimals()).format(v);
        return switch (u) {
            case PERCENT -> n + "%";
            case GBP, GBP_PER_HEAD, GBP_PER_EHCP -> v < 0 ? "-£" + n.substring(1) : "£" + n;
            default -> n;
        };
    }

    public static String growth(Growth g) {
        if (g == null || g.status() == Growth.Status.MISSING) return BenchmarkFormat.MISSING;
        if (g.status() == Growth.Status.FROM_ZERO) return BenchmarkFormat.NOT_APPLICABLE;
        double pct = 100 * g.value();
        return (pct >= 0 ? "+" : "") + String.format(Locale.ROOT, "%.2f%%", pct);
    }

    public static String difference(Double d, IndicatorUnit u) {
        if (d == null) return "";
        String v = value(Math.abs(d), u);
        if (u == IndicatorUnit.PERCENT) v = v.substring(0, v.length() - 1) + " pts";
        return (d >= 0 ? "+" : "-") + v;
    }

    // ---- benchmark table

    public static String table(BenchmarkTable t, OutputFormat f, boolean rawCsv) {
        return switch (f) {
            case TABLE -> text(t);
            case CSV -> csv(t, rawCsv);
            case JSON -> json(t);
        };
    }

    private static String label(BenchmarkRow r) {
        return switch (r.kind()) {
            case SUBJECT -> r.laCode() + " " + r.name();
            case COMPARATOR -> (r.neighbourRank() == null ? "  " : String.format("%2d ", r.neighbourRank())) + r.laCode() + " "
                    + r.name() + (r.proximity() == null ? "" : " (" + r.proximity() + ")");
            case GROUP_MEAN -> "Group mean";
            case ENGLAND -> "England";
        };
    }

    private static String text(BenchmarkTable t) {
        IndicatorDefinition d = t.indicator();
        int from = t.years().get(0);
        int to = t.years().get(t.years().size() - 1);
        StringBuilder out = new StringBuilder();
        out.append(d.titleWithUnit()).append(" [").append(d.id()).append("], ").append(t.subject().laCode()).append(' ')
                .append(t.subject().name()).append(", ").append(t.period(from)).append(" to ").append(t.period(to))
                .append('\n').append("Comparators: ").append(t.group().name()).append("\n\n");
        List<String> head = new ArrayList<>();
        head.add("");
        for (int y : t.years()) head.add(t.period(y));
        head.add("Change " + t.period(from) + "-" + t.period(to));
        head.add("Per year");
        head.add("Band " + t.period(to));
        head.add("Rank " + t.period(to));
        head.add("vs group mean");
        List<List<String>> body = new ArrayList<>();
        for (BenchmarkRow r : t.rows()) {
            List<String> row = new ArrayList<>();
            row.add(label(r));
            for (IndicatorValue c : r.cells()) row.add(value(c.value(), d.unit()));
            row.add(growth(r.overallChange()));
            row.add(growth(r.annualisedChange()));
            row.add(BenchmarkFormat.band(r.last().band()));
            row.add(BenchmarkFormat.rank(r.last().rank(), r.last().rankedCount()));
            row.add(r.kind() == BenchmarkRow.Kind.GROUP_MEAN ? "" : difference(r.distanceFromGroupMean(), d.unit()));
            body.add(row);
        }
        aligned(out, head, body);
        out.append("\nChange on the previous period\n");
        head = new ArrayList<>();
        head.add("");
        for (int y : t.years()) head.add(t.period(y));
        body = new ArrayList<>();
        for (BenchmarkRow r : t.rows()) {
            List<String> row = new ArrayList<>();
            row.add(label(r));
            for (IndicatorValue c : r.cells()) row.add(growth(c.change()));
            body.add(row);
        }
        aligned(out, head, body);
        out.append("\nBands and ranks by period (").append(t.subject().name()).append(")\n");
        BenchmarkRow s = t.subjectRow();
        head = new ArrayList<>();
        head.add("");
        for (int y : t.years()) head.add(t.period(y));
        List<String> bands = new ArrayList<>();
        bands.add("Band");
        List<String> ranks = new ArrayList<>();
        ranks.add("Rank");
        for (IndicatorValue c : s.cells()) {
            bands.add(c.band() == null ? "-" : c.band().name());
            ranks.add(c.rank() == null ? "-" : BenchmarkFormat.rank(c.rank(), c.rankedCount()));
        }
        aligned(out, head, List.of(bands, ranks));
        out.append("\nNotes\n");
        for (String n : t.notes()) out.append("- ").append(n).append('\n');
        return out.toString();
    }

    private static void aligned(StringBuilder out, List<String> head, List<List<String>> body) {
        int[] w = new int[head.size()];
        for (int i = 0; i < w.length; i++) w[i] = head.get(i).length();
        for (List<String> row : body) {
            for (int i = 0; i < row.size(); i++) w[i] = Math.max(w[i], row.get(i).length());
        }
        line(out, head, w);
        for (List<String> row : body) line(out, row, w);
    }

    private static void line(StringBuilder out, List<String> cells, int[] w) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (i == 0) l.append(c).append(" ".repeat(w[i] - c.length()));
            else l.append("  ").append(" ".repeat(w[i] - c.length())).append(c);
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    private static String csv(BenchmarkTable t, boolean rawCsv) {
        StringBuilder out = new StringBuilder();
        List<String> head = new ArrayList<>(List.of("row", "la_code", "name", "neighbour_rank", "proximity"));
        for (int y : t.years()) {
            head.addAll(List.of("value_" + y, "change_" + y, "band_" + y, "rank_" + y));
        }
        head.addAll(List.of("change_" + t.years().get(0) + "_" + t.years().get(t.years().size() - 1), "annualised_change",
                "distance_from_group_mean"));
        out.append(String.join(",", head)).append("\r\n");
        for (BenchmarkRow r : t.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r.kind().name().toLowerCase(Locale.ROOT));
            row.add(csvText(r.laCode(), rawCsv));
            row.add(csvText(r.name(), rawCsv));
            row.add(r.neighbourRank() == null ? "" : r.neighbourRank().toString());
            row.add(csvText(r.proximity(), rawCsv));
            for (IndicatorValue c : r.cells()) {
                row.add(number(c.value()));
                row.add(growthNumber(c.change()));
                row.add(c.band() == null ? "" : c.band().name());
                row.add(c.rank() == null ? "" : c.rank().toString());
            }
            row.add(growthNumber(r.overallChange()));
            row.add(growthNumber(r.annualisedChange()));
            row.add(number(r.distanceFromGroupMean()));
            out.append(String.join(",", row)).append("\r\n");
        }
        return out.toString();
    }

    private static String growthNumber(Growth g) {
        return switch (g.status()) {
            case OK -> number(g.value());
            case MISSING -> "";
            case FROM_ZERO -> "n/a";
        };
    }

    static String number(Double v) {
        if (v == null) return "";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString(v.longValue());
        return Double.toString(v);
    }

    private static String csvText(String s, boolean rawCsv) {
        return OutputFormat.csvField(s, !rawCsv);
    }

    private static String json(BenchmarkTable t) {
        Json j = Json.compact().doubles(Render::number);
        j.startObject();
        j.name("indicator");
        indicator(j, t.indicator());
        j.name("la").startObject().field("la_code", t.subject().laCode()).field("name", t.subject().name()).endObject();
        j.name("group").startObject().field("kind", t.group().kind().name().toLowerCase(Locale.ROOT)).field("name", t.group().name())
                .field("source", t.group().source()).endObject();
        j.name("years").startArray();
        for (int y : t.years()) j.value(y);
        j.endArray();
        j.name("rows").startArray();
        for (BenchmarkRow r : t.rows()) {
            j.startObject().field("row", r.kind().name().toLowerCase(Locale.ROOT)).field("la_code", r.laCode()).field("name", r.name())
                    .field("neighbour_rank", r.neighbourRank()).field("proximity", r.proximity());
            j.name("cells").startArray();
            for (IndicatorValue c : r.cells()) {
                j.startObject().field("period_year", c.year()).field("period", t.period(c.year())).field("value", c.value())
                        .field("numerator", c.numerator()).field("denominator", c.denominator());
                growth(j, "change", c.change());
                j.field("band", c.band() == null ? null : c.band().name()).field("rank", c.rank())
                        .field("ranked_count", c.rank() == null ? null : c.rankedCount()).field("note", c.note()).endObject();
            }
            j.endArray();
            growth(j, "overall_change", r.overallChange());
            growth(j, "annualised_change", r.annualisedChange());
            j.field("distance_from_group_mean", r.distanceFromGroupMean()).endObject();
        }
        j.endArray();
        j.name("notes").startArray();
        for (String n : t.notes()) j.value(n);
        j.endArray();
        j.endObject();
        return j.toString() + "\n";
    }

    private static void growth(Json j, String key, Growth g) {
        j.field(key, g.isKnown() ? g.value() : null);
        if (!g.isKnown()) j.field(key + "_status", g.status() == Growth.Status.FROM_ZERO ? "n/a" : "missing");
    }

    private static void indicator(Json j, IndicatorDefinition d) {
        j.startObject().field("id", d.id()).field("title", d.title()).field("unit", d.unit().name().toLowerCase(Locale.ROOT))
                .field("polarity", d.polarity().name().toLowerCase(Locale.ROOT))
                .field("period", d.periodKind().name().toLowerCase(Locale.ROOT))
                .field("group_mean", d.groupMean().name().toLowerCase(Locale.ROOT)).field("category", d.category())
                .field("origin", d.origin());
        j.name("sources").startArray();
        for (String s : d.sourceDatasets()) j.value(s);
        j.endArray();
        j.field("note", d.note()).field("sql", d.sql()).endObject();
    }

    // ---- profile

    public static String profile(LaProfile p, OutputFormat f, boolean rawCsv) {
        return switch (f) {
            case TABLE -> {
                StringBuilder out = new StringBuilder("Profile of " + p.la().label() + " (comparators: " + p.group().name() + ")\n\n");
                List<String> head = List.of("Indicator", "Period", "Value", "Change", "Band", "Rank", "Group mean", "England",
                        "vs group mean");
                List<List<String>> body = new ArrayList<>();
                for (ProfileEntry e : p.entries()) {
                    IndicatorDefinition d = e.indicator();
                    if (e.problem() != null || e.value() == null) {
                        body.add(List.of(d.titleWithUnit(), "", e.problem() == null ? "" : e.problem(), "", "", "", "", "", ""));
                        continue;
                    }
                    IndicatorValue v = e.value();
                    body.add(List.of(d.titleWithUnit(), d.periodKind().format(v.year()), value(v.value(), d.unit()),
                            growth(v.change()), BenchmarkFormat.band(v.band()), BenchmarkFormat.rank(v.rank(), v.rankedCount()),
                            value(e.groupMean(), d.unit()), value(e.england(), d.unit()),
                            difference(e.distanceFromGroupMean(), d.unit())));
                }
                aligned(out, head, body);
                yield out.toString();
            }
            case CSV -> {
                StringBuilder out = new StringBuilder("indicator,title,period_year,value,change,band,rank,ranked_count,group_mean,england,distance_from_group_mean,problem\r\n");
                for (ProfileEntry e : p.entries()) {
                    IndicatorValue v = e.value();
                    out.append(String.join(",", e.indicator().id(), csvText(e.indicator().title(), rawCsv),
                            v == null ? "" : Integer.toString(v.year()), v == null ? "" : number(v.value()),
                            v == null ? "" : growthNumber(v.change()), v == null || v.band() == null ? "" : v.band().name(),
                            v == null || v.rank() == null ? "" : v.rank().toString(),
                            v == null || v.rank() == null ? "" : Integer.toString(v.rankedCount()), number(e.groupMean()),
                            number(e.england()), number(e.distanceFromGroupMean()), csvText(e.problem(), rawCsv))).append("\r\n");
                }
                yield out.toString();
            }
            case JSON -> {
                Json j = Json.compact().doubles(Render::number);
                j.startObject().name("la").startObject().field("la_code", p.la().laCode()).field("name", p.la().name()).endObject();
                j.field("group", p.group().name());
                j.name("entries").startArray();
                for (ProfileEntry e : p.entries()) {
                    IndicatorValue v = e.value();
                    j.startObject().field("indicator", e.indicator().id()).field("title", e.indicator().title())
                            .field("period_year", v == null ? null : v.year()).field("value", v == null ? null : v.value())
                            .field("band", v == null || v.band() == null ? null : v.band().name())
                            .field("rank", v == null ? null : v.rank()).field("group_mean", e.groupMean())
                            .field("england", e.england()).field("distance_from_group_mean", e.distanceFromGroupMean())
                            .field("problem", e.problem()).endObject();
                }
                j.endArray().endObject();
                yield j + "\n";
            }
        };
    }

    // ---- indicator list

    public static String indicators(List<IndicatorDefinition> list, OutputFormat f, boolean rawCsv) {
        return switch (f) {
            case TABLE -> {
                StringBuilder out = new StringBuilder();
                String category = null;
                for (IndicatorDefinition d : list) {
                    if (!d.category().equals(category)) {
                        category = d.category();
                        out.append(out.length() == 0 ? "" : "\n").append(category).append('\n');
                    }
                    out.append("  ").append(d.id()).append(": ").append(d.title()).append(" (").append(unitWords(d))
                            .append("; ").append(ModelLabels.literal(d.polarity())).append("; ").append(d.periodKind().label())
                            .append("; group mean: ").append(d.groupMean() == GroupMeanMethod.WEIGHTED ? "weighted" : "plain mean")
                            .append(")\n");
                    out.append("      ").append(d.note()).append('\n');
                    out.append("      Sources: ").append(String.join(", ", d.sourceDatasets())).append(d.origin().equals(
                            "org.highneeds.analysis") ? "" : "; from " + d.origin()).append('\n');
                }
                yield out.toString();
            }
            case CSV -> {
                StringBuilder out = new StringBuilder("id,title,unit,polarity,period,group_mean,category,sources,origin,note\r\n");
                for (IndicatorDefinition d : list) {
                    out.append(String.join(",", d.id(), csvText(d.title(), rawCsv), d.unit().name().toLowerCase(Locale.ROOT),
                            d.polarity().name().toLowerCase(Locale.ROOT), d.periodKind().name().toLowerCase(Locale.ROOT),
                            d.groupMean().name().toLowerCase(Locale.ROOT), csvText(d.category(), rawCsv),
                            csvText(String.join(" ", d.sourceDatasets()), rawCsv), csvText(d.origin(), rawCsv), csvText(d.note(), rawCsv))).append("\r\n");
                }
                yield out.toString();
            }
            case JSON -> {
                Json j = Json.compact().doubles(Render::number);
                j.startArray();
                for (IndicatorDefinition d : list) indicator(j, d);
                j.endArray();
                yield j + "\n";
            }
        };
    }

    private static String unitWords(IndicatorDefinition d) {
        return d.unit().label().isEmpty() ? "number" : d.unit().label();
    }
}
