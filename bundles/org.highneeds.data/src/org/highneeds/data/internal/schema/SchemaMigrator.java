package org.highneeds.data.internal.schema;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.highneeds.data.internal.generic.GenericSheetImporter;

/**
 * Applies classpath resources {@code schema/V001.sql} .. {@code schema/V999.sql} in order, each in its own
 * transaction, and records them in {@code meta.schema_version} ({@code main.schema_version} before V060 moved it);
 * versions are owned by bundles in ranges (data-core V001-V019, others V020+; the analysts' schema V060-V069), so
 * gaps are normal. A version may have a Java part ({@code JAVA_PARTS}), run after its script in the same
 * transaction, for what SQL alone cannot do (tables whose names only the database knows).
 */
public final class SchemaMigrator {

    /** Highest version probed. */
    public static final int MAX_VERSION = 999;

    /** The schema of the migrator's own table from V060 on. */
    private static final String VERSION_SCHEMA = "meta";

    /** Work of a version that its script cannot express, run right after the script in its transaction. */
    @FunctionalInterface
    public interface JavaPart {
        /** Does the work on the migration's connection (auto-commit off); throws to roll the version back. */
        void apply(Connection c) throws SQLException;
    }

    /** The Java parts by version. */
    static final Map<Integer, JavaPart> JAVA_PARTS = Map.of(60, AnalystSchemaMigration::moveRawTables,
            61, GenericSheetImporter::describeImported);

    private final ClassLoader loader;

    /** A migrator reading scripts through {@code loader} (in OSGi: the bundle's class loader). */
    public SchemaMigrator(ClassLoader loader) {
        this.loader = loader;
    }

    /** A migrator reading scripts through this class's loader. */
    public SchemaMigrator() {
        this(SchemaMigrator.class.getClassLoader());
    }

    /** Resource name of one version. */
    public static String resourceName(int version) {
        return String.format("schema/V%03d.sql", version);
    }

    /**
     * Applies every script not yet recorded; returns the versions applied now.
     *
     * @throws SQLException naming the script and statement that failed; that script is rolled back
     */
    public List<Integer> migrate(Connection c) throws SQLException, IOException {
        return migrate(c, MAX_VERSION);
    }

    /**
     * Applies the scripts not yet recorded up to and including {@code lastVersion} (a workspace as an older
     * release left it, for migration tests); returns the versions applied now.
     */
    public List<Integer> migrate(Connection c, int lastVersion) throws SQLException, IOException {
        boolean auto = c.getAutoCommit();
        List<Integer> applied = new ArrayList<>();
        try {
            c.setAutoCommit(true);
            if (versionTable(c) == null) {
                // where releases before V060 kept it; V060 moves it to meta with the other bookkeeping
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS main.schema_version (version INTEGER PRIMARY KEY, "
                            + "script VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)");
                }
            }
            Set<Integer> done = appliedVersions(c);
            for (int v = 1; v <= Math.min(lastVersion, MAX_VERSION); v++) {
                if (done.contains(v)) continue;
                URL url = loader.getResource(resourceName(v));
                if (url == null) continue;
                String sql;
                try (InputStream in = url.openStream()) {
                    sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                apply(c, v, sql);
                applied.add(v);
            }
        } finally {
            c.setAutoCommit(auto);
        }
        return applied;
    }

    /** Versions recorded in {@code schema_version} (none in a database never migrated). */
    public static Set<Integer> appliedVersions(Connection c) throws SQLException {
        Set<Integer> done = new HashSet<>();
        String table = versionTable(c);
        if (table == null) return done;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM " + table)) {
            while (r.next()) done.add(r.getInt(1));
        }
        return done;
    }

    /** The qualified name of the version table: in meta from V060 on, in main before; null when there is none. */
    static String versionTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT schema_name FROM duckdb_tables() "
                + "WHERE database_name = current_database() AND table_name = 'schema_version' AND schema_name IN ('"
                + VERSION_SCHEMA + "', 'main') ORDER BY schema_name = '" + VERSION_SCHEMA + "' DESC LIMIT 1")) {
            return r.next() ? r.getString(1) + ".schema_version" : null;
        }
    }

    private static void apply(Connection c, int version, String sql) throws SQLException {
        c.setAutoCommit(false);
        int n = 0;
        try (Statement s = c.createStatement()) {
            for (String stmt : splitStatements(sql)) {
                n++;
                try {
                    s.execute(stmt);
                } catch (SQLException e) {
                    throw new SQLException(resourceName(version) + ", statement " + n + ": " + e.getMessage(), e);
                }
            }
            JavaPart part = JAVA_PARTS.get(version);
            if (part != null) {
                try {
                    part.apply(c);
                } catch (SQLException e) {
                    throw new SQLException(resourceName(version) + ", Java part: " + e.getMessage(), e);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO " + versionTable(c)
                    + "(version, script) VALUES (?, ?)")) {
                p.setInt(1, version);
                p.setString(2, resourceName(version));
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Splits a script on semicolons outside quotes; drops {@code --} comment lines. */
    static List<String> splitStatements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean single = false, dbl = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (!single && !dbl && ch == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') i++;
                cur.append('\n');
                continue;
            }
            if (ch == '\'' && !dbl) single = !single;
            else if (ch == '"' && !single) dbl = !dbl;
            if (ch == ';' && !single && !dbl) {
                if (!cur.toString().isBlank()) out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (!cur.toString().isBlank()) out.add(cur.toString().trim());
        return out;
    }
}
