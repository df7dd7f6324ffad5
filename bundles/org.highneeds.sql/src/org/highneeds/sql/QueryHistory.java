package org.highneeds.sql;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.highneeds.data.output.Json;

/**
 * Query history kept as JSON lines in {@code history.jsonl} of a folder: one line appended per run, so
 * a crash loses at most the line being written. Unreadable lines are skipped and counted, never deleted.
 */
public final class QueryHistory {

    /** File name inside the history folder. */
    public static final String FILE_NAME = "history.jsonl";

    private final Path file;
    private final List<HistoryEntry> entries = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private QueryHistory(Path file) {
        this.file = file;
    }

    /** Opens (and loads) the history in a folder, creating the folder if needed. */
    public static QueryHistory open(Path folder) throws IOException {
        Files.createDirectories(folder);
        QueryHistory h = new QueryHistory(folder.resolve(FILE_NAME));
        if (Files.exists(h.file)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(h.file, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                throw new IOException(h.file + " is not UTF-8 text: " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    h.entries.add(parse(line));
                } catch (RuntimeException e) {
                    h.problems.add(h.file + " line " + (i + 1) + ": " + e.getMessage());
                }
            }
        }
        return h;
    }

    private static HistoryEntry parse(String line) {
        Map<String, Object> m = Json.parseObject(line);
        Object time = m.get("time");
        Object sql = m.get("sql");
        if (!(time instanceof String) || !(sql instanceof String)) {
            throw new IllegalArgumentException("missing \"time\" or \"sql\"");
        }
        long elapsed = m.get("elapsedMs") instanceof Number n ? n.longValue() : 0;
        long rows = m.get("rows") instanceof Number n ? n.longValue() : -1;
        Object error = m.get("error");
        return new HistoryEntry(Instant.parse((String) time), (String) sql, Duration.ofMillis(elapsed), rows,
                error == null ? null : error.toString());
    }

    /** Appends an entry to memory and to the file. */
    public synchronized void add(HistoryEntry entry) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", entry.time().toString());
        m.put("elapsedMs", entry.elapsed().toMillis());
        m.put("rows", entry.rowCount());
        m.put("error", entry.error());
        m.put("sql", entry.sql());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            w.write(Json.object(m));
            w.write('\n');
        }
        entries.add(entry);
    }

    /** All entries, oldest first. */
    public synchronized List<HistoryEntry> entries() {
        return Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** Entries whose SQL or error contains the text (case-insensitive), newest first. */
    public synchronized List<HistoryEntry> search(String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        List<HistoryEntry> out = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            HistoryEntry e = entries.get(i);
            if (e.sql().toLowerCase(Locale.ROOT).contains(needle)
                    || (e.error() != null && e.error().toLowerCase(Locale.ROOT).contains(needle))) {
                out.add(e);
            }
        }
        return out;
    }

    /** Lines that could not be read when opening, each naming file and line. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** The history file. */
    public Path file() {
        return file;
    }
}
