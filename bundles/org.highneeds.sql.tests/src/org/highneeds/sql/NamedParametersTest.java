package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NamedParametersTest {

    @Test
    void extractsParametersButNotCastsStringsCommentsIdentifiersOrSlices() {
        NamedParameters p = NamedParameters.parse(
                "select x::int, ':no', \":no\", arr[1:n], {'k':v} -- :no\n /* :no */ from t "
                        + "where la = :la and (year = :year or la2 = :la) and y=:year");
        assertEquals(List.of("la", "year", "la", "year"), p.placeholderNames());
        assertEquals(List.of("la", "year"), p.names());
        assertEquals("select x::int, ':no', \":no\", arr[1:n], {'k':v} -- :no\n /* :no */ from t "
                + "where la = ? and (year = ? or la2 = ?) and y=?", p.jdbcSql());
    }

    @Test
    void jdbcOffsetsMapBackToTheTextAsWritten() {
        NamedParameters p = NamedParameters.parse("a = :year and b = :la_code, c");
        assertEquals("a = ? and b = ?, c", p.jdbcSql());
        assertEquals(0, p.originalOffset(0));
        assertEquals(4, p.originalOffset(4), "the ? maps to the start of :year");
        assertEquals("a = :year and b = ".length(), p.originalOffset("a = ? and b = ".length()));
        assertEquals("a = :year and b = :la_code, c".lastIndexOf('c'), p.originalOffset("a = ? and b = ?, c".lastIndexOf('c')));
        assertEquals(29, p.originalOffset(18), "end of text");
    }

    @Test
    void noParameters() {
        assertFalse(NamedParameters.parse("select 1::varchar").hasParameters());
    }

    @Test
    void bindsRepeatedNamesInPlaceholderOrderAgainstRealCaseload() throws Exception {
        try (Connection c = SqlConnections.openInMemory()) {
            c.createStatement().execute(Caseload.loadSql("sen2"));
            NamedParameters p = NamedParameters.parse("select sum(ehcplans::integer) from sen2.caseload where "
                    + "time_period = :year and breakdown = 'All EHC plans' and (old_la_code = :la or new_la_code = :la)");
            try (PreparedStatement ps = c.prepareStatement(p.jdbcSql())) {
                p.bind(ps, Map.of("year", "202425", "la", "390"));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(1923, rs.getLong(1), "Gateshead EHCPs, January 2025");
                }
            }
            assertThrows(IllegalArgumentException.class, () -> {
                try (PreparedStatement ps = c.prepareStatement(p.jdbcSql())) {
                    p.bind(ps, Map.of("year", "202425"));
                }
            });
        }
    }

    @Test
    void inlinesLiteralsSafely() {
        assertEquals("select * from t where name = 'O''Brien' and n = 3",
                NamedParameters.parse("select * from t where name = :name and n = :n").inline(Map.of("name", "O'Brien", "n", 3)));
    }

    @Test
    void storeRemembersValuesAcrossReopen(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("params.properties");
        ParameterStore s = ParameterStore.open(f);
        s.put("la", "390");
        s.put("name", "Bournemouth, Christchurch and Poole = ünïcode");
        s.save();
        ParameterStore again = ParameterStore.open(f);
        assertEquals("390", again.get("la"));
        assertEquals("Bournemouth, Christchurch and Poole = ünïcode", again.get("name"));
        again.put("la", null);
        again.save();
        assertEquals(Map.of("name", "Bournemouth, Christchurch and Poole = ünïcode"), ParameterStore.open(f).values());
        Files.writeString(f, "bad=\\uZZZZ");
        assertThrows(java.io.IOException.class, () -> ParameterStore.open(f));
    }
}
