package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;

import org.highneeds.sql.CompletionProposal.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompletionEngineTest {

    private static Connection connection;
    private static DuckDbCatalog catalog;
    private static CompletionEngine engine;

    @BeforeAll
    static void open() throws Exception {
        connection = SqlConnections.openInMemory();
        connection.createStatement().execute(Caseload.loadSql("sen2"));
        connection.createStatement().execute("CREATE TABLE main.\"LA lookup\" (\"old la code\" INTEGER, la_name VARCHAR, \"select\" INTEGER)");
        connection.createStatement().execute("CREATE VIEW sen2.national_caseload AS SELECT time_period, ehcplans FROM sen2.caseload WHERE geographic_level = 'National'");
        catalog = new DuckDbCatalog(connection);
        engine = new CompletionEngine(catalog);
    }

    @AfterAll
    static void close() throws Exception {
        connection.close();
    }

    /** Completes at the "|" marker. */
    private static List<CompletionProposal> at(String textWithCaret) throws Exception {
        int caret = textWithCaret.indexOf('|');
        return engine.complete(textWithCaret.replace("|", ""), caret);
    }

    private static List<String> labels(List<CompletionProposal> ps, Kind kind) {
        return ps.stream().filter(p -> p.kind() == kind).map(CompletionProposal::label).toList();
    }

    @Test
    void columnsAfterAliasDefinedInFromClause() throws Exception {
        List<CompletionProposal> ps = at("select c.ehc| from sen2.caseload as c");
        CompletionProposal first = ps.get(0);
        assertEquals("ehcplans", first.label());
        assertEquals(Kind.COLUMN, first.kind());
        assertEquals("VARCHAR \u2013 caseload", first.detail());
        assertEquals("select c.".length(), first.replaceStart());
        assertEquals("select c.ehc".length(), first.replaceEnd());
        assertTrue(labels(ps, Kind.COLUMN).stream().allMatch(l -> l.toLowerCase().contains("ehc")));
    }

    @Test
    void aliasInJoinWithoutAsAndEmptyPrefixListsAllColumnsOfThatTable() throws Exception {
        List<CompletionProposal> ps = at("select k.| from sen2.caseload c join \"LA lookup\" k on k.la_name = c.la_name");
        assertEquals(List.of("\"old la code\"", "\"select\"", "la_name"),
                ps.stream().filter(p -> p.kind() == Kind.COLUMN).map(CompletionProposal::replacement).sorted().toList(),
                "columns needing quotes (space, reserved word) are quoted");
        List<CompletionProposal> c = at("select c.time|, k.la_name from sen2.caseload c join \"LA lookup\" k on true");
        assertEquals(List.of("time_period", "time_identifier"), labels(c, Kind.COLUMN));
    }

    @Test
    void tableQualifierAndSchemaQualifiedNames() throws Exception {
        assertEquals("old_la_code", labels(at("select caseload.old_| from sen2.caseload"), Kind.COLUMN).get(0));
        assertEquals(List.of("caseload"), labels(at("select * from sen2.ca|"), Kind.TABLE));
        assertEquals(List.of("national_caseload"), labels(at("select * from sen2.nat|"), Kind.VIEW));
        assertEquals(List.of("time_period"), labels(at("select sen2.national_caseload.t| from sen2.national_caseload"), Kind.COLUMN));
        assertEquals(List.of("time_period"), labels(at("select memory.sen2.national_caseload.t| from memory.sen2.national_caseload"), Kind.COLUMN),
                "database.schema.table");
    }

    @Test
    void quotedIdentifiers() throws Exception {
        List<CompletionProposal> ps = at("select \"LA lookup\".\"old| from \"LA lookup\"");
        assertEquals("old la code", ps.get(0).label());
        assertEquals("\"old la code\"", ps.get(0).replacement());
        assertEquals("select \"LA lookup\".".length(), ps.get(0).replaceStart());
        List<CompletionProposal> q = at("select x.la| from \"LA lookup\" \"x\"");
        assertEquals("la_name", labels(q, Kind.COLUMN).get(0));
        assertTrue(labels(at("select X.la| from \"LA lookup\" \"x\""), Kind.COLUMN).isEmpty(), "a quoted alias is case-sensitive");
    }

    @Test
    void tablesAndSchemasAfterFromRankedByPrefix() throws Exception {
        List<CompletionProposal> ps = at("select * from LA|");
        assertEquals("LA lookup", ps.get(0).label());
        assertEquals("\"LA lookup\"", ps.get(0).replacement());
        List<CompletionProposal> s = at("select * from se|");
        assertEquals(Kind.SCHEMA, s.get(0).kind());
        assertEquals("sen2", s.get(0).label());
        List<CompletionProposal> j = at("select * from sen2.caseload c, |");
        assertTrue(j.get(0).kind() == Kind.TABLE || j.get(0).kind() == Kind.VIEW || j.get(0).kind() == Kind.SCHEMA, j.get(0).toString());
    }

    @Test
    void columnsOfTablesInScopeFunctionsAndKeywordsWithoutQualifier() throws Exception {
        List<CompletionProposal> ps = at("select la_| from sen2.caseload where 1=1");
        assertEquals("la_name", ps.get(0).label());
        assertEquals(Kind.COLUMN, ps.get(0).kind());
        List<CompletionProposal> f = at("select string_ag| from sen2.caseload");
        assertEquals("string_agg", f.get(0).label());
        assertEquals("string_agg(", f.get(0).replacement());
        List<CompletionProposal> k = at("select * from sen2.caseload whe|");
        assertEquals("WHERE", labels(k, Kind.KEYWORD).get(0));
        assertEquals("WHEN", labels(at("select case wh| from sen2.caseload"), Kind.KEYWORD).get(0), "inside CASE");
        List<CompletionProposal> scoped = at("select * from sen2.caseload; select la| from \"LA lookup\"");
        assertEquals("la_name", scoped.get(0).label(), "only the caret's statement is in scope");
        assertEquals("LA lookup", scoped.get(0).detail().substring(scoped.get(0).detail().indexOf('\u2013') + 2));
    }

    @Test
    void cteNamesAndTheirColumns() throws Exception {
        String with = "with la_totals as (select la_name, sum(try_cast(ehcplans as int)) as plans, c.old_la_code "
                + "from sen2.caseload c group by all), n(year, plans) as (select 1, 2) ";
        assertEquals("la_totals", at(with + "select * from la_t|").get(0).label());
        assertEquals(List.of("la_name", "old_la_code", "plans"),
                labels(at(with + "select t.| from la_totals t"), Kind.COLUMN).stream().sorted().toList());
        assertEquals(List.of("year"), labels(at(with + "select n.y| from n"), Kind.COLUMN));
        assertEquals("plans", labels(at(with + "select pl| from la_totals"), Kind.COLUMN).get(0));
    }

    @Test
    void nothingInsideStringsOrComments() throws Exception {
        assertTrue(at("select 'sen2.ca|' from x").isEmpty());
        assertTrue(at("select 1 -- sen2.ca|").isEmpty());
        assertFalse(at("select 1 /* note */ from sen2.ca|").isEmpty());
    }

    @Test
    void tablesAndColumnsCarryTheirDescriptionsAndStagingNeedsItsSchema() throws Exception {
        try (var s = connection.createStatement()) {
            s.execute("CREATE TABLE main.described_settings (urn INTEGER, provision VARCHAR)");
            s.execute("COMMENT ON TABLE main.described_settings IS 'Schools by URN (GIAS)'");
            s.execute("COMMENT ON COLUMN main.described_settings.provision IS 'Provision category, e.g. special maintained'");
            s.execute("CREATE SCHEMA staging");
            s.execute("CREATE TABLE staging.raw_p1 (time_period VARCHAR)");
        }
        catalog.refresh();
        CompletionProposal table = at("select * from described_s|").get(0);
        assertEquals("described_settings", table.label());
        assertEquals("Schools by URN (GIAS)", table.description());
        CompletionProposal column = at("select prov| from described_settings").get(0);
        assertEquals("provision", column.label());
        assertEquals("Provision category, e.g. special maintained", column.description());
        assertEquals(null, at("select ur| from described_settings").get(0).description(), "a column without a comment");
        assertEquals("Provision category, e.g. special maintained",
                at("select d.prov| from described_settings d").get(0).description());
        // a table outside main is not usable unqualified, so it is proposed after its schema only
        assertTrue(labels(at("select * from raw_|"), Kind.TABLE).isEmpty());
        assertEquals(List.of("raw_p1"), labels(at("select * from staging.raw_|"), Kind.TABLE));
    }

    @Test
    void catalogIsCachedUntilRefresh() throws Exception {
        connection.createStatement().execute("CREATE TABLE sen2.placements_2025 (urn INTEGER)");
        assertTrue(labels(at("select * from sen2.placements|"), Kind.TABLE).isEmpty(), "cached snapshot");
        catalog.refresh();
        assertEquals(List.of("placements_2025"), labels(at("select * from sen2.placements|"), Kind.TABLE));
    }
}
