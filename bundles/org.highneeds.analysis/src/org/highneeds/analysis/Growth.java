package org.highneeds.analysis;

/**
 * A change between periods as a fraction (0.102 = +10.2%), or why there is none.
 *
 * @param value the change, e.g. 0.102; null unless {@code status} is {@link Status#OK}
 * @param status whether the change could be computed
 */
public record Growth(Double value, Status status) {

    /** Whether a change could be computed. */
    public enum Status {
        /** Computed. */
        OK,
        /** A value in the span is missing (suppressed, not published, or outside the data): shown as missing. */
        MISSING,
        /** A value the change starts from is zero: growth from zero is "n/a", not an error. */
        FROM_ZERO
    }

    /** No change because a value is missing. */
    public static final Growth MISSING = new Growth(null, Status.MISSING);

    /** No change because it would start from zero. */
    public static final Growth FROM_ZERO = new Growth(null, Status.FROM_ZERO);

    /** A computed change. */
    public static Growth of(double value) {
        return new Growth(value, Status.OK);
    }

    /** The change from {@code from} to {@code to}: missing when either is null, n/a from zero. */
    public static Growth between(Double from, Double to) {
        if (from == null || to == null) return MISSING;
        if (from == 0) return FROM_ZERO;
        return of(to / from - 1);
    }

    /** True when computed. */
    public boolean isKnown() {
        return status == Status.OK;
    }
}
