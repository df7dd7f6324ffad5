package org.highneeds.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Bands from ranks and changes between two values, without data. */
class MeasuresTest {

    @Test
    void bandsAreQuartilesOfTheRank() {
        // 152 LAs: ranks 1-38 are A, 39-76 B, 77-114 C, 115-152 D
        assertEquals(QuartileBand.A, QuartileBand.ofRank(1, 152));
        assertEquals(QuartileBand.A, QuartileBand.ofRank(38, 152));
        assertEquals(QuartileBand.B, QuartileBand.ofRank(39, 152));
        assertEquals(QuartileBand.C, QuartileBand.ofRank(114, 152));
        assertEquals(QuartileBand.D, QuartileBand.ofRank(115, 152));
        assertEquals(QuartileBand.D, QuartileBand.ofRank(152, 152));
    }

    @Test
    void growthFromZeroIsNotApplicableAndFromMissingIsMissing() {
        assertSame(Growth.FROM_ZERO, Growth.between(0.0, 5.0));
        assertSame(Growth.MISSING, Growth.between(null, 5.0));
        assertSame(Growth.MISSING, Growth.between(5.0, null));
        assertEquals(0.25, Growth.between(4.0, 5.0).value(), 1e-12);
    }
}
