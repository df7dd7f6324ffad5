package org.highneeds.data.internal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.highneeds.data.internal.util.Markers;
import org.junit.jupiter.api.Test;

/** The marker rule for workbook cells (util.Markers): suppression codes, blanks and errors are NULL with a marker, never 0. */
class MarkersTest {

    @Test
    void suppressionCodesBlanksAndErrorsAreNullWithMarker() {
        for (String code : new String[] { "c", "x", "z", "low", "u", ":", " C ", "LOW" }) {
            Markers.Parsed p = Markers.parseSheetText(code);
            assertNull(p.value(), code);
            assertEquals(code.strip().toLowerCase(), p.marker());
            assertFalse(p.unreadable());
        }
        assertEquals(new Markers.Parsed(null, "blank", false), Markers.parseSheetText("   "));
        assertEquals(new Markers.Parsed(null, "blank", false), Markers.parseSheet(SheetCell.blank(3)));
        assertEquals(new Markers.Parsed(null, "#REF!", false), Markers.parseSheet(SheetCell.error(3, "#REF!")));
        assertEquals(new Markers.Parsed(null, "#N/A", false), Markers.parseSheetText("#n/a"));
        assertEquals(new Markers.Parsed(null, "#DIV/0!", false), Markers.parseSheetText("#DIV/0!"));
        assertEquals(new Markers.Parsed(null, "Err:502", false), Markers.parseSheetText("Err:502"));
        // spelled out in the benchmarking tool's per-head table
        assertEquals(new Markers.Parsed(null, "z", false), Markers.parseSheetText("not applicable"));
    }

    @Test
    void numbersWithSeparatorsPercentAndPoundsParse() {
        assertEquals(1234567.0, Markers.parseSheetText("1,234,567").value());
        assertEquals(5656.28, Markers.parseSheetText("£5,656.28").value());
        assertEquals(-79456500.0, Markers.parseSheetText("-£79,456,500").value());
        assertEquals(-300.0, Markers.parseSheetText("(300)").value());
        assertEquals(12.5, Markers.parseSheetText("12.5%").value());
        assertEquals(0.5, Markers.parseSheetText(".5").value());
        assertEquals(1200.0, Markers.parseSheetText("GBP 1,200").value());
        assertEquals(0.0, Markers.parseSheetText("0").value());
        assertEquals(42.0, Markers.parseSheet(SheetCell.number(1, 42)).value());
    }

    @Test
    void otherTextIsUnreadableNotZero() {
        Markers.Parsed p = Markers.parseSheetText("n/a please");
        assertNull(p.value());
        assertTrue(p.unreadable());
        assertEquals("n/a please", p.marker());
        assertTrue(Markers.parseSheetText("1,23").unreadable()); // not a thousands grouping
        assertTrue(Markers.parseSheetText("12abc").unreadable());
    }
}
