package org.highneeds.data.internal.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.highneeds.data.testsupport.TestDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every marker and number form, checked in Java and in the SQL macros used for bulk imports. */
class MarkersTest {

    static TestDb db;

    @BeforeAll
    static void open() throws Exception {
        db = TestDb.memory();
    }

    @AfterAll
    static void close() throws Exception {
        db.close();
    }

    private static Object[] sql(String text) throws Exception {
        try (PreparedStatement p = db.connection.prepareStatement("SELECT hn_value(CAST(? AS VARCHAR)), "
                + "hn_marker(CAST(? AS VARCHAR))")) {
            p.setString(1, text);
            p.setString(2, text);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                double v = r.getDouble(1);
                return new Object[] {r.wasNull() ? null : v, r.getString(2)};
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "x", "z", "low", "u", ":", "#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!",
            "#NULL!", " x ", "-", "n/a", "Yes"})
    void markersAreNullWithTheMarkerKept(String text) throws Exception {
        Markers.Cell c = Markers.parse(text);
        assertNull(c.value(), text);
        assertEquals(text.strip(), c.marker());
        Object[] s = sql(text);
        assertNull(s[0], "SQL value of " + text);
        assertEquals(text.strip(), s[1], "SQL marker of " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c", "x", "z", "low", "u", ":", "#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"})
    void suppressionAndErrorsAreKnownMarkers(String text) {
        assertTrue(Markers.isKnownMarker(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNullWithBlankMarker(String text) throws Exception {
        assertNull(Markers.parse(text).value());
        assertEquals(Markers.BLANK, Markers.parse(text).marker());
        assertNull(Markers.parse(null).value());
        assertNull(sql(text)[0]);
        assertEquals("", sql(text)[1]);
        assertEquals("", sql(null)[1]);
        assertTrue(Markers.isKnownMarker(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12|12", "' 12 '|12", "1,234|1234", "1,234,567.5|1234567.5", "12.5%|12.5", "£1,200|1200", "£ 5|5",
        "(123)|-123", "(1,234.5)|-1234.5", "-7|-7", "+5|5", ".5|0.5", "5.|5", "1e3|1000", "2.2000000000000002|2.2",
        "0|0", "' 45 % '|45", "-£3|-3"})
    void numbersParse(String text, double expected) throws Exception {
        assertEquals(expected, Markers.parse(text).value(), 1e-9, text);
        assertNull(Markers.parse(text).marker());
        Object[] s = sql(text);
        assertEquals(expected, (Double) s[0], 1e-9, "SQL " + text);
        assertNull(s[1], "SQL marker of " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,23", "12,34,567", "NaN", "Infinity", "inf", "1_000", "0x10", "e5", "1.2.3", "12abc"})
    void notNumbersStayMarkers(String text) throws Exception {
        assertNull(Markers.parse(text).value(), text);
        assertEquals(text, Markers.parse(text).marker());
        assertNull(sql(text)[0], "SQL " + text);
        assertEquals(text, sql(text)[1], "SQL " + text);
    }

    /** The three readings of one class differ where their sources differ: blank, and text such as NA. */
    @Test
    void csvAndWorkbookReadingsKeepTheirDifferences() {
        // blank: "" in CSV-fed tables, "blank" in workbook-fed tables
        assertEquals("", Markers.parse("  ").marker());
        assertEquals("", Markers.markerOf("  ", java.util.Set.of()));
        assertEquals("blank", Markers.parseSheetText("  ").marker());
        // NA: kept as written by the CSV readings (a family's extra marker keeps its own spelling)...
        assertEquals("NA", Markers.parse("NA").marker());
        assertEquals("NA", Markers.markerOf("na", java.util.Set.of("NA")));
        assertNull(Markers.markerOf("na", java.util.Set.of()));
        // ... and unreadable text in a workbook, kept as written too, never 0
        assertEquals(new Markers.Parsed(null, "NA", true), Markers.parseSheetText("NA"));
        // the codes themselves: as written in CSV cells, lower case in marker columns and workbooks
        assertEquals("LOW", Markers.parse("LOW").marker());
        assertEquals("low", Markers.markerOf("LOW", java.util.Set.of()));
        assertEquals("low", Markers.parseSheetText("LOW").marker());
        // numbers agree
        assertEquals(-1234.5, Markers.parse("(1,234.5)").value());
        assertEquals(-1234.5, Markers.parseSheetText("(1,234.5)").value());
    }
}
