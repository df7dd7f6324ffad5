package org.highneeds.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Targets of one benchmark: each check prints {@code <what>: <measured> (target <t>) OK|MISSED} with the same-run
 * baseline it is compared with, and {@link #finish()} ends with one summary line per target,
 * {@code BENCH <benchmark>/<key>: <measured> (target <t>) OK|MISSED}. With {@code -Dbench.strict=true} a missed
 * target makes the benchmark exit with status 3.
 */
public final class Bench {

    private final String name;
    private final List<String> summary = new ArrayList<>();
    private boolean missed;

    public Bench(String name, String title) {
        this.name = name;
        System.out.printf("== %s: %s (max heap %,d MB, %d processors) ==%n", name, title,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors());
    }

    /**
     * Checks {@code measured < target} (or {@code <=} when {@code inclusive}); {@code unit} is "ms", "KB", "x" (a
     * ratio) and so on; {@code baseline} says what the figure was compared with in this run, or is null.
     */
    public boolean below(String key, String what, double measured, double target, boolean inclusive, String unit,
            String baseline) {
        return check(key, what, measured, target, inclusive ? "<= " : "< ",
                inclusive ? measured <= target : measured < target, unit, baseline);
    }

    /**
     * Checks {@code measured > target} (or {@code >=} when {@code inclusive}), for figures where more is better
     * (a speed-up); otherwise as {@link #below}.
     */
    public boolean above(String key, String what, double measured, double target, boolean inclusive, String unit,
            String baseline) {
        return check(key, what, measured, target, inclusive ? ">= " : "> ",
                inclusive ? measured >= target : measured > target, unit, baseline);
    }

    private boolean check(String key, String what, double measured, double target, String relation, boolean ok,
            String unit, String baseline) {
        String figure = format(measured, unit);
        String t = relation + format(target, unit);
        String verdict = ok ? "OK" : "MISSED";
        System.out.printf("%s: %s (target %s) %s%s%n", what, figure, t, verdict,
                baseline == null ? "" : "; " + baseline);
        summary.add(String.format("BENCH %s/%s: %s (target %s) %s", name, key, figure, t, verdict));
        missed |= !ok;
        return ok;
    }

    /** Prints the summary lines; exits with status 3 when a target was missed and -Dbench.strict=true. */
    public void finish() {
        System.out.println();
        summary.forEach(System.out::println);
        System.out.flush();
        if (missed && Boolean.getBoolean("bench.strict")) {
            System.exit(3);
        }
    }

    public static String format(double v, String unit) {
        if ("x".equals(unit)) {
            return String.format(Locale.ROOT, "%.2fx", v);
        }
        return String.format(Locale.ROOT, "%,.0f %s", v, unit);
    }

    /** {@code a / b} as a ratio text, e.g. "ratio 1.02x". */
    public static String ratio(double a, double b) {
        return "ratio " + format(a / Math.max(b, 1e-9), "x");
    }
}
