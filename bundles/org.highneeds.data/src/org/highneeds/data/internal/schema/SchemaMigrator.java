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
import java.util.Set;

/**
 * Applies classpath resources {@code schema/V001.sql} .. {@code schema/V999.sql} in order, each in its own
 * transaction, and records them in {@code schema_version}; versions are owned by bundles in ranges
 * (data-core V001-V019, others V020+), so gaps are normal.
 */
public final class SchemaMigrator {

    /** Highest version probed. */
    public static final int MAX_VERSION = 999;

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
        boolean auto = c.getAutoCommit();
        List<Integer> applied = new ArrayList<>();
        try {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script VARCHAR, "
                        + "applied_at TIMESTAMP DEFAULT current_timestamp)");
            }
            Set<Integer> done = appliedVersions(c);
            for (int v = 1; v <= MAX_VERSION; v++) {
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

    /** Versions recorded in {@code schema_version}. */
    public static Set<Integer> appliedVersions(Connection c) throws SQLException {
        Set<Integer> done = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
            while (r.next()) done.add(r.getInt(1));
        }
        return done;
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
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version(version, script) VALUES (?, ?)")) {
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
