package org.highneeds.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryHistoryTest {

    @Test
    void entriesSurviveReopenAndAreSearchable(@TempDir Path dir) throws Exception {
        QueryHistory h = QueryHistory.open(dir);
        try (Connection c = SqlConnections.openInMemory(); SqlSession s = new SqlSession(c, false)) {
            c.createStatement().execute(Caseload.loadSql("sen2"));
            ExecutionResult ok = s.execute("select la_name from sen2.caseload where geographic_level = 'Local authority' "
                    + "and time_period = 202425 and breakdown = 'All EHC plans'", Map.of(), new NullProgressMonitor());
            h.add(HistoryEntry.of(ok));
            ExecutionResult bad = s.execute("select nosuch\nfrom sen2.caseload", Map.of(), new NullProgressMonitor());
            h.add(HistoryEntry.of(bad));
        }
        h.add(new HistoryEntry(Instant.parse("2025-06-26T09:30:00Z"), "select 'tab\there', \"quote\\\" — ünï", Duration.ofMillis(12), -1, null));

        QueryHistory again = QueryHistory.open(dir);
        List<HistoryEntry> all = again.entries();
        assertEquals(3, all.size());
        assertEquals(153, all.get(0).rowCount(), "LAs returned");
        assertNull(all.get(0).error());
        assertTrue(all.get(1).error().startsWith("Binder Error: Referenced column \"nosuch\""), all.get(1).error());
        assertEquals("select nosuch\nfrom sen2.caseload", all.get(1).sql());
        assertEquals("select 'tab\there', \"quote\\\" — ünï", all.get(2).sql());
        assertEquals(Instant.parse("2025-06-26T09:30:00Z"), all.get(2).time());
        assertEquals(Duration.ofMillis(12), all.get(2).elapsed());
        assertEquals(List.of(all.get(1), all.get(0)), again.search("SEN2.CASELOAD"), "newest first, case-insensitive");
        assertEquals(List.of(all.get(1)), again.search("binder error"), "errors are searchable");
        assertTrue(again.problems().isEmpty());
    }

    @Test
    void corruptLinesAreReportedAndKept(@TempDir Path dir) throws Exception {
        QueryHistory h = QueryHistory.open(dir);
        h.add(new HistoryEntry(Instant.parse("2025-01-01T00:00:00Z"), "select 1", Duration.ZERO, 1, null));
        Files.writeString(h.file(), "{\"time\":\"2025-01-0\n{not json}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        h.add(new HistoryEntry(Instant.parse("2025-01-02T00:00:00Z"), "select 2", Duration.ZERO, 1, null));
        QueryHistory again = QueryHistory.open(dir);
        assertEquals(2, again.entries().size());
        assertEquals(2, again.problems().size());
        assertTrue(again.problems().get(0).contains("history.jsonl line 2"), again.problems().get(0));
        assertEquals(4, Files.readAllLines(h.file()).size(), "nothing deleted");
    }
}
