package org.highneeds.data.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.SqlQuoting;
import org.highneeds.data.internal.sql.SourceViews;

/**
 * Imports published files into the workspace database: recognises the dataset, runs one transaction per file
 * (provenance + the importer's rows + replacement of an older release), and leaves the database exactly as it
 * was when anything fails or the user cancels.
 */
public final class ImportService {

    /** Warnings kept in {@code provenance.warnings} (all of them go to {@code import_warning}). */
    private static final int WARNINGS_IN_PROVENANCE = 100;

    /**
     * The EES long rows: a view over the raw tables (schema V002), so older releases' periods are hidden through
     * {@code meta.ees_withdrawn_period} rather than deleted.
     */
    private static final String EES_OBSERVATION_VIEW = "ees_observation";

    private final Connection connection;
    private final ImporterRegistry registry;

    /** A service writing through {@code connection} (schema already migrated) with importers from {@code registry}. */
    public ImportService(Connection connection, ImporterRegistry registry) {
        this.connection = connection;
        this.registry = registry;
    }

    /** The registry used for recognition. */
    public ImporterRegistry registry() {
        return registry;
    }

    /**
     * Imports every file given, descending into folders recursively ({@link ImportFiles}: hidden files and
     * {@code PROVENANCE.md}-style notes skipped). Each file is its own transaction; the first failure stops the
     * run (files before it stay imported).
     */
    public List<ImportResult> importAll(List<Path> filesOrFolders, String forcedImporterId, IProgressMonitor monitor)
            throws ImportException, IOException {
        List<Path> files = ImportFiles.expand(filesOrFolders).dataFiles();
        SubMonitor sub = SubMonitor.convert(monitor, "Importing " + files.size() + " files", files.size());
        List<ImportResult> out = new ArrayList<>();
        for (Path f : files) {
            out.add(importFile(f, forcedImporterId, sub.split(1)));
        }
        return out;
    }

    /**
     * Imports one file in one transaction.
     *
     * @param forcedImporterId importer id chosen by the user, or null to recognise the file
     * @throws ImportException naming file/sheet/row/column; the database is unchanged
     * @throws OperationCanceledException when cancelled; the database is unchanged
     */
    public ImportResult importFile(Path file, String forcedImporterId, IProgressMonitor monitor)
            throws ImportException, IOException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing " + file.getFileName(), 100);
        String name = file.getFileName().toString();
        ImportLocation whole = new ImportLocation(name, null, 0, 0, null);
        if (!Files.isRegularFile(file)) throw new ImportException(whole, "not a readable file: " + file);
        SourceFile source = SourceFile.of(file);
        DatasetImporter importer;
        if (forcedImporterId != null) {
            importer = registry.get(forcedImporterId)
                    .orElseThrow(() -> new ImportException(whole, "no importer with id '" + forcedImporterId + "'"));
        } else {
            importer = registry.recognise(source).orElseThrow(() -> new ImportException(whole,
                    "no importer recognises this file; choose one explicitly"));
        }
        String sha = sha256(file, sub.split(10));
        long size = source.size();
        try {
            Long existing = findIdentical(sha, importer);
            if (existing != null) {
                return new ImportResult(file, importer.id(), datasetOf(existing), existing,
                        ImportResult.Status.UNCHANGED, 0, null, null, List.of(), List.of());
            }
        } catch (SQLException e) {
            throw new ImportException(whole, "cannot read the provenance table: " + e.getMessage(), e);
        }

        boolean auto;
        try {
            auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw new ImportException(whole, "cannot start a transaction: " + e.getMessage(), e);
        }
        try {
            long id = nextProvenanceId();
            String defaultDataset = importer.id() + ":" + stem(name);
            insertProvenance(id, name, sha, size, defaultDataset, importer);
            Sink sink = new Sink(connection, id, defaultDataset);
            ImportSummary summary = importer.load(source, sink, sub.split(80));
            if (sub.isCanceled()) throw new OperationCanceledException();
            List<PeriodChange> changes = replaceOlderReleases(id, sink.datasetId);
            finishProvenance(id, sink, summary);
            connection.commit();
            sub.worked(10);
            return new ImportResult(file, importer.id(), sink.datasetId, id, ImportResult.Status.IMPORTED,
                    summary.rows(), summary.periodFrom(), summary.periodTo(), changes, List.copyOf(sink.warnings));
        } catch (ImportException | OperationCanceledException e) {
            rollback(e);
            throw e;
        } catch (SQLException e) {
            rollback(e);
            throw new ImportException(whole, "database error while importing with " + importer.id() + ": "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(e);
            throw new ImportException(whole, "importer " + importer.id() + " failed: " + e, e);
        } finally {
            try {
                connection.setAutoCommit(auto);
            } catch (SQLException ignored) {
                // the connection is closing; nothing left to restore
            }
        }
    }

    private void rollback(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private Long findIdentical(String sha, DatasetImporter importer) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM provenance WHERE sha256 = ? AND importer = ?"
                + " AND importer_version = ? ORDER BY id DESC LIMIT 1")) {
            p.setString(1, sha);
            p.setString(2, importer.id());
            p.setString(3, importer.version());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private String datasetOf(long id) {
        try (PreparedStatement p = connection.prepareStatement("SELECT dataset_id FROM provenance WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private long nextProvenanceId() throws SQLException {
        // max+1 inside the transaction rather than a sequence: a rolled-back import leaves no trace at all
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM provenance")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void insertProvenance(long id, String name, String sha, long size, String dataset, DatasetImporter importer)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO provenance(id, file_name, sha256, size_bytes,"
                + " dataset_id, importer, importer_version, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, name);
            p.setString(3, sha);
            p.setLong(4, size);
            p.setString(5, dataset);
            p.setString(6, importer.id());
            p.setString(7, importer.version());
            p.setTimestamp(8, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
    }

    private void finishProvenance(long id, Sink sink, ImportSummary summary) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE provenance SET dataset_id = ?, title = ?, "
                + "publisher = ?, period_from = ?, period_to = ?, \"rows\" = ?, warnings = ? WHERE id = ?")) {
            p.setString(1, sink.datasetId);
            p.setString(2, sink.title);
            p.setString(3, sink.publisher);
            p.setString(4, summary.periodFrom());
            p.setString(5, summary.periodTo());
            p.setLong(6, summary.rows());
            p.setString(7, warningsJson(sink.warnings));
            p.setLong(8, id);
            p.executeUpdate();
        }
        if (!sink.warnings.isEmpty()) {
            try (PreparedStatement p = connection.prepareStatement(
                    "INSERT INTO import_warning(provenance_id, location, message) VALUES (?, ?, ?)")) {
                for (int i = 0; i < sink.warnings.size(); i++) {
                    p.setLong(1, id);
                    p.setString(2, sink.locations.get(i));
                    p.setString(3, sink.messages.get(i));
                    p.addBatch();
                }
                p.executeBatch();
            }
        }
    }

    /**
     * Deletes the rows of older releases of the same dataset for the periods the new release covers, in every
     * table that has {@code provenance_id} and {@code period_year} columns (in the views computed from raw tables,
     * {@code ees_observation} and the {@link SourceViews} such as {@code ehcp_caseload}, those periods are withdrawn
     * instead), and marks fully replaced releases as superseded.
     */
    private List<PeriodChange> replaceOlderReleases(long id, String datasetId) throws SQLException {
        List<Long> older = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT id FROM provenance WHERE dataset_id = ? AND id <> ? AND superseded_by IS NULL")) {
            p.setString(1, datasetId);
            p.setLong(2, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) older.add(r.getLong(1));
            }
        }
        List<PeriodChange> changes = new ArrayList<>();
        if (older.isEmpty()) return changes;
        String olderList = older.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        List<String> sourceViews = SourceViews.views(connection);
        // tables of main only: the source views' bookkeeping (meta) and their rows from before the views (raw) are
        // handled with the views below
        List<String> tables = periodTables();
        if (tableExists(EES_OBSERVATION_VIEW)) {
            tables.add(EES_OBSERVATION_VIEW);
            tables.sort(null);
        }
        for (String t : tables) {
            String q = SqlQuoting.identifier(t);
            String sql = "WITH newp AS (SELECT period_year, count(*) n FROM " + q + " WHERE provenance_id = " + id
                    + " GROUP BY period_year), oldp AS (SELECT period_year, count(*) n FROM " + q
                    + " WHERE provenance_id IN (" + olderList + ") GROUP BY period_year) "
                    + "SELECT newp.period_year, coalesce(oldp.n, 0), newp.n FROM newp LEFT JOIN oldp "
                    + "ON newp.period_year IS NOT DISTINCT FROM oldp.period_year ORDER BY 1";
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    if (r.getLong(2) > 0) changes.add(new PeriodChange(t, r.getInt(1), r.getLong(2), r.getLong(3)));
                }
            }
            try (Statement s = connection.createStatement()) {
                if (t.equals(EES_OBSERVATION_VIEW)) {
                    s.executeUpdate("INSERT INTO meta.ees_withdrawn_period(release_id, period_year) SELECT DISTINCT "
                            + "provenance_id, period_year FROM " + q + " WHERE provenance_id IN (" + olderList
                            + ") AND period_year IN (SELECT DISTINCT period_year FROM " + q + " WHERE provenance_id = "
                            + id + ")");
                } else {
                    s.executeUpdate("DELETE FROM " + q + " WHERE provenance_id IN (" + olderList + ") AND period_year IN "
                            + "(SELECT DISTINCT period_year FROM " + q + " WHERE provenance_id = " + id + ")");
                }
            }
        }
        for (String v : sourceViews) {
            // counted through the view before withdrawing: rows from its SELECTs and from its stored table alike
            String q = SqlQuoting.identifier(v);
            String sql = "WITH newp AS (SELECT period_year, count(*) n FROM " + q + " WHERE provenance_id = " + id
                    + " GROUP BY period_year), oldp AS (SELECT period_year, count(*) n FROM " + q
                    + " WHERE provenance_id IN (" + olderList + ") AND period_year IN (" + SourceViews.periodsOf(v, id)
                    + ") GROUP BY period_year) SELECT newp.period_year, coalesce(oldp.n, 0), newp.n FROM newp LEFT JOIN oldp "
                    + "ON newp.period_year IS NOT DISTINCT FROM oldp.period_year ORDER BY 1";
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    if (r.getLong(2) > 0) changes.add(new PeriodChange(v, r.getInt(1), r.getLong(2), r.getLong(3)));
                }
            }
            SourceViews.withdraw(connection, v, id, older);
        }
        // an older release with no rows left anywhere is fully replaced
        for (long o : older) {
            long left = 0;
            for (String t : tables) {
                left += scalar("SELECT count(*) FROM " + SqlQuoting.identifier(t) + " WHERE provenance_id = " + o);
            }
            for (String v : sourceViews) left += SourceViews.remaining(connection, v, o);
            if (left == 0) {
                try (Statement s = connection.createStatement()) {
                    s.executeUpdate("UPDATE provenance SET superseded_by = " + id + " WHERE id = " + o);
                }
            }
        }
        return changes;
    }

    private List<String> periodTables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT table_name FROM information_schema.columns WHERE table_schema = 'main' "
                        + "AND column_name IN ('provenance_id', 'period_year') AND table_name <> 'provenance' "
                        + "GROUP BY table_name HAVING count(DISTINCT column_name) = 2 ORDER BY 1")) {
            while (r.next()) out.add(r.getString(1));
        }
        // views carry the same columns but hold no rows of their own
        List<String> views = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_type = 'VIEW'")) {
            while (r.next()) views.add(r.getString(1));
        }
        out.removeAll(views);
        return out;
    }

    private boolean tableExists(String name) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'main' AND table_name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static String warningsJson(List<String> warnings) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < Math.min(warnings.size(), WARNINGS_IN_PROVENANCE); i++) {
            if (i > 0) b.append(',');
            b.append('"');
            for (char ch : warnings.get(i).toCharArray()) {
                switch (ch) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (ch < 0x20) b.append(String.format("\\u%04x", (int) ch));
                        else b.append(ch);
                    }
                }
            }
            b.append('"');
        }
        if (warnings.size() > WARNINGS_IN_PROVENANCE) {
            b.append(",\"... and ").append(warnings.size() - WARNINGS_IN_PROVENANCE).append(" more\"");
        }
        return b.append(']').toString();
    }

    /** SHA-256 of the file's bytes, hex. */
    public static String sha256(Path file, IProgressMonitor monitor) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            int chunks = 0;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
                if ((++chunks & 63) == 0 && monitor != null && monitor.isCanceled()) throw new OperationCanceledException();
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName).toLowerCase(Locale.ROOT);
    }

    /** The sink handed to importers: collects warnings and the dataset description. */
    private static final class Sink implements ImportSink {
        private final Connection connection;
        private final long id;
        private String datasetId;
        private String title;
        private String publisher;
        private final List<String> warnings = new ArrayList<>();
        private final List<String> locations = new ArrayList<>();
        private final List<String> messages = new ArrayList<>();

        Sink(Connection connection, long id, String datasetId) {
            this.connection = connection;
            this.id = id;
            this.datasetId = datasetId;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public long provenanceId() {
            return id;
        }

        @Override
        public void warn(ImportLocation where, String message) {
            warnings.add(where + ": " + message);
            locations.add(where.toString());
            messages.add(message);
        }

        @Override
        public void describeDataset(String datasetId, String title, String publisher) {
            if (datasetId != null && !datasetId.isBlank()) this.datasetId = datasetId;
            this.title = title;
            this.publisher = publisher;
        }
    }
}
