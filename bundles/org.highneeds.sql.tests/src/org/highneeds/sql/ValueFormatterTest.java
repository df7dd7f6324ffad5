package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

class ValueFormatterTest {

    private final ValueFormatter f = ValueFormatter.DEFAULT;

    @Test
    void numbersAreGroupedRightAlignedAndKeepDecimalScale() {
        assertEquals(new DisplayValue("638,745", CellKind.NUMBER, true, null), f.display(638745L));
        assertEquals("-1,234.50", f.display(new BigDecimal("-1234.50")).text());
        assertEquals("39.2", f.display(39.2d).text());
        assertEquals("0.3", f.display(0.1 + 0.2).text());
        assertEquals("1.5E-9", f.display(1.5e-9).text());
        assertEquals("NaN", f.display(Double.NaN).text());
        assertEquals("1234.5", f.plain(new BigDecimal("1234.5")));
        assertEquals("638745", f.plain(638745.0d));
        assertEquals("2025-01-16", f.plain(LocalDate.of(2025, 1, 16)));
        assertEquals("2025-01-16 09:30", f.plain(java.time.LocalDateTime.of(2025, 1, 16, 9, 30)));
    }

    @Test
    void nullIsDistinctFromSuppressionMarkers() {
        assertEquals(CellKind.NULL, f.display(null).kind());
        DisplayValue c = f.display("c");
        assertEquals(CellKind.SUPPRESSED, c.kind());
        assertEquals("confidential", c.reason());
        assertTrue(c.rightAligned());
        assertEquals("not applicable", f.display("z").reason());
        assertEquals(CellKind.TEXT, f.display("Kent").kind());
    }

    @Test
    void markerColumnNextToValueMakesNullASuppressedFigure() {
        List<ResultColumn> cols = List.of(new ResultColumn(0, "la_name", "VARCHAR", 12, false),
                new ResultColumn(1, "value", "DOUBLE", 8, true), new ResultColumn(2, "marker", "VARCHAR", 12, false),
                new ResultColumn(3, "ehcplans", "BIGINT", -5, true), new ResultColumn(4, "ehcplans_marker", "VARCHAR", 12, false));
        Object[] row = {"Isles of Scilly", null, "c", null, null};
        DisplayValue v = f.displayCell(cols, row, 1);
        assertEquals(new DisplayValue("c", CellKind.SUPPRESSED, true, "confidential"), v);
        DisplayValue n = f.displayCell(cols, row, 3);
        assertEquals(CellKind.NULL, n.kind(), "no marker: a real NULL");
        assertTrue(n.rightAligned(), "NULL in a number column still sits right");
        Object[] row2 = {"Kent", null, null, null, "x"};
        assertEquals("not available", f.displayCell(cols, row2, 3).reason());
        assertEquals(CellKind.NULL, f.displayCell(cols, row2, 1).kind());
    }

    @Test
    void formulaNeutralisationKeepsRealNumbers() {
        assertEquals("'=HYPERLINK(\"http://x\")", ValueFormatter.neutraliseFormula("=HYPERLINK(\"http://x\")"));
        assertEquals("'+cmd", ValueFormatter.neutraliseFormula("+cmd"));
        assertEquals("'@SUM(A1)", ValueFormatter.neutraliseFormula("@SUM(A1)"));
        assertEquals("'\tx", ValueFormatter.neutraliseFormula("\tx"));
        assertEquals("'-1+2", ValueFormatter.neutraliseFormula("-1+2"));
        assertEquals("-12.5", ValueFormatter.neutraliseFormula("-12.5"));
        assertEquals("-3e5", ValueFormatter.neutraliseFormula("-3e5"));
        assertFalse(ValueFormatter.isPlainNumber("-"));
    }

    @Test
    void tsvCopyOfRealCaseloadCells() throws Exception {
        try (Connection c = SqlConnections.openInMemory(); SqlSession s = new SqlSession(c, false)) {
            c.createStatement().execute(Caseload.loadSql("sen2"));
            SqlResult r = s.execute("select la_name, ehcplans, ukrlp_provider from sen2.caseload where time_period = 202425 "
                    + "and geographic_level = 'Local authority' and breakdown = 'All EHC plans' and old_la_code in (390, 391) "
                    + "order by old_la_code", Map.of(), new NullProgressMonitor()).result();
            assertEquals("la_name\tehcplans\tukrlp_provider\nGateshead\t1923\t0\nNewcastle upon Tyne\t3095\t134\n", TsvCopy.copy(r, CellSelection.range(0, 1, 0, 2, true)));
            assertEquals("3095\n", TsvCopy.copy(r, new CellSelection(List.of(1L), List.of(1), false)));
            assertEquals("Gateshead\nNewcastle upon Tyne\n", TsvCopy.copy(r, CellSelection.range(0, r.rowCount() - 1, 0, 0, false)), "whole column");
        }
    }
}
