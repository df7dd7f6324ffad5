package org.highneeds.data.internal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The marker rule: suppression codes, blanks and errors are NULL with a marker, never 0. */
class MarkersTest {

    @Test
    void suppressionCodesBlanksAndErrorsAreNullWithMarker() {
        for (String code : new String[] { "c", "x", "z", "low", "u", ":", " C ", "LOW" }) {
            Markers.Parsed p = Markers.parse(code);
            assertNull(p.value(), code);
            assertEquals(code.strip().toLowerCase(), p.marker());
            assertFalse(p.unreadable());
        }
        assertEquals(new Markers.Parsed(null, "blank", false), Markers.parse("   "));
        assertEquals(new Markers.Parsed(null, "blank", false), Markers.parse(SheetCell.blank(3)));
        assertEquals(new Markers.Parsed(null, "#REF!", false), Markers.parse(SheetCell.error(3, "#REF!")));
        assertEquals(new Markers.Parsed(null, "#N/A", false), Markers.parse("#n/a"));
        assertEquals(new Markers.Parsed(null, "#DIV/0!", false), Markers.parse("#DIV/0!"));
        assertEquals(new Markers.Parsed(null, "Err:502", false), Markers.parse("Err:502"));
        // spelled out in the benchmarking tool's per-head table
        assertEquals(new Markers.Parsed(null, "z", false), Markers.parse("not applicable"));
    }

    @Test
    void numbersWithSeparatorsPercentAndPoundsParse() {
        assertEquals(1234567.0, Markers.parse("1,234,567").value());
        assertEquals(5656.28, Markers.parse("£5,656.28").value());
        assertEquals(-79456500.0, Markers.parse("-£79,456,500").value());
        assertEquals(-300.0, Markers.parse("(300)").value());
        assertEquals(12.5, Markers.parse("12.5%").value());
        assertEquals(0.5, Markers.parse(".5").value());
        assertEquals(1200.0, Markers.parse("GBP 1,200").value());
        assertEquals(0.0, Markers.parse("0").value());
        assertEquals(42.0, Markers.parse(SheetCell.number(1, 42)).value());
    }

    @Test
    void otherTextIsUnreadableNotZero() {
        Markers.Parsed p = Markers.parse("n/a please");
        assertNull(p.value());
        assertTrue(p.unreadable());
        assertEquals("n/a please", p.marker());
        assertTrue(Markers.parse("1,23").unreadable()); // not a thousands grouping
        assertTrue(Markers.parse("12abc").unreadable());
    }
}
