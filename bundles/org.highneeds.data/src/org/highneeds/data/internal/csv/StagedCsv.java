package org.highneeds.data.internal.csv;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.highneeds.data.SqlQuoting;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.internal.util.Markers;

/**
 * A prepared CSV loaded by DuckDB into a temporary all-VARCHAR table {@code (line BIGINT, c1 .. cN VARCHAR)} of the
 * import transaction ({@code c<k>} = k-th column of the source; columns the importer did not ask for are left out),
 * with lookup of columns by heading. Blank cells are SQL NULL. Closing drops the table.
 */
public final class StagedCsv implements AutoCloseable {

    /** One value check: the SQL condition that makes the cell in {@code heading} fatal, and what to say. */
    public record Check(String heading, String badWhenSql, String problem) {
    }

    private final Connection connection;
    private final String fileName;
    private final String table;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final long rows;

    private StagedCsv(Connection connection, String fileName, String table, List<String> header, boolean[] kept, long rows) {
        this.connection = connection;
        this.fileName = fileName;
        this.table = table;
        this.header = header;
        this.rows = rows;
        for (int i = 0; i < header.size(); i++) {
            if (kept[i]) index.put(header.get(i).toLowerCase(Locale.ROOT), i);
        }
    }

    /** Reads {@code csv} into a new temporary table on {@code connection}. */
    public static StagedCsv load(Connection connection, String fileName, PreparedCsv csv) throws ImportException {
        String table = "hn_stage_" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder columns = new StringBuilder("{'line': 'BIGINT'");
        boolean[] kept = new boolean[csv.header().size()];
        for (int i = 1; i <= csv.header().size(); i++) {
            kept[i - 1] = csv.kept(i - 1);
            if (kept[i - 1]) columns.append(", 'c").append(i).append("': 'VARCHAR'");
        }
        columns.append('}');
        String sql = "CREATE TEMP TABLE " + table + " AS SELECT * FROM read_csv(" + SqlQuoting.literal(csv.utf8File().toString())
                + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', encoding = 'utf-8'"
                + ", max_line_size = 100000000, columns = " + columns + ")";
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "database could not read the checked file: " + e.getMessage(), e);
        }
        return new StagedCsv(connection, fileName, table, csv.header(), kept, csv.dataRows());
    }

    /** The import connection the table lives on. */
    public Connection connection() {
        return connection;
    }

    /**
     * Throws at the second occurrence of a key: {@code keySql} is evaluated per row, {@code heading} names the column
     * reported, {@code what} describes the key in the message.
     */
    public void requireUnique(String keySql, String heading, String what) throws ImportException {
        String sql = "SELECT line, k FROM (SELECT line, " + keySql + " AS k, row_number() OVER (PARTITION BY " + keySql
                + " ORDER BY line) AS n FROM " + table + ") WHERE n = 2 AND k IS NOT NULL ORDER BY line LIMIT 1";
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            if (r.next()) {
                long line = r.getLong(1);
                String key = r.getString(2);
                long first;
                try (Statement s2 = connection.createStatement();
                        ResultSet r2 = s2.executeQuery("SELECT min(line) FROM " + table + " WHERE " + keySql + " = " + SqlQuoting.literal(key))) {
                    r2.next();
                    first = r2.getLong(1);
                }
                throw new ImportException(location(line, heading), what + " '" + Sql.shorten(key) + "' already appears at row " + first);
            }
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "checking duplicates failed: " + e.getMessage(), e);
        }
    }

    /**
     * Turns the cells of {@code headings} into a temporary long table {@code (line, <idColumns>, <parallel>,
     * source_column, raw, marker, number)}: {@code raw} is the trimmed cell (NULL when blank), {@code marker} its
     * canonical marker or NULL, {@code number} its value as DOUBLE or NULL. Working on one narrow table keeps the SQL
     * small (a wide validation query with hundreds of CASE expressions is slow to plan). The table is dropped on close.
     *
     * @param idColumns select-list items repeated on every long row, e.g. {@code "c1 AS code"}; may be empty
     * @param parallel further {@code unnest([...]) AS name} items, each list parallel to {@code headings}; may be empty
     * @param wholeNumbers accept only whole numbers (counts) rather than any finite decimal
     */
    public String unpivot(List<String> headings, String idColumns, String parallel, Set<String> extraMarkers, boolean wholeNumbers)
            throws ImportException {
        List<String> positions = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (String h : headings) {
            positions.add(Integer.toString(position(h)));
            cells.add(col(h));
        }
        String longTable = table + "_long_" + longTables.size();
        String number = wholeNumbers
                ? "CASE WHEN regexp_full_match(raw, '[+-]?[0-9]{1,15}') THEN CAST(raw AS DOUBLE) END"
                : "CASE WHEN isfinite(TRY_CAST(raw AS DOUBLE)) THEN TRY_CAST(raw AS DOUBLE) END";
        String sql = "CREATE TEMP TABLE " + longTable + " AS SELECT *, " + Markers.markerSql("raw", extraMarkers) + " AS marker, "
                + number + " AS number FROM (SELECT line" + (idColumns.isEmpty() ? "" : ", " + idColumns)
                + (parallel.isEmpty() ? "" : ", " + parallel) + ", unnest([" + String.join(", ", positions) + "]) AS source_column, unnest(["
                + String.join(", ", cells) + "]) AS raw FROM " + table + ")";
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "reshaping values failed: " + e.getMessage(), e);
        }
        longTables.add(longTable);
        return longTable;
    }

    /** Throws for the first cell of {@code longTable} that is neither a number nor a marker. */
    public void requireNumbersOrMarkers(String longTable, String problem) throws ImportException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT line, source_column, raw FROM " + longTable
                        + " WHERE marker IS NULL AND number IS NULL ORDER BY line, source_column LIMIT 1")) {
            if (r.next()) {
                int col = r.getInt(2);
                throw new ImportException(new ImportLocation(fileName, null, r.getLong(1), col, header.get(col - 1)),
                        problem + ": '" + Sql.shorten(r.getString(3)) + "'");
            }
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "checking values failed: " + e.getMessage(), e);
        }
    }

    private final List<String> longTables = new ArrayList<>();

    /** Name of the temporary table. */
    public String table() {
        return table;
    }

    /** Data rows staged. */
    public long rows() {
        return rows;
    }

    /** Headings in file order. */
    public List<String> header() {
        return header;
    }

    /** Whether a column with this heading exists and was staged (case-insensitive). */
    public boolean has(String heading) {
        return index.containsKey(heading.toLowerCase(Locale.ROOT));
    }

    /** 1-based position of the heading in the file, or 0 when absent. */
    public int position(String heading) {
        Integer i = index.get(heading.toLowerCase(Locale.ROOT));
        return i == null ? 0 : i + 1;
    }

    /** SQL for the trimmed cell of {@code heading} (NULL when blank), or {@code NULL} when the column is absent. */
    public String col(String heading) {
        int p = position(heading);
        return p == 0 ? "CAST(NULL AS VARCHAR)" : "NULLIF(trim(c" + p + "), '')";
    }

    /** SQL for the first present heading among {@code alternatives}, else NULL. */
    public String colAny(String... alternatives) {
        for (String a : alternatives) {
            if (has(a)) return col(a);
        }
        return "CAST(NULL AS VARCHAR)";
    }

    /** Location of a cell for messages. */
    public ImportLocation location(long line, String heading) {
        int p = heading == null ? 0 : position(heading);
        return new ImportLocation(fileName, null, line, p, p == 0 ? heading : header.get(p - 1));
    }

    /** Throws for the first missing heading in {@code required}. */
    public void require(String family, String... required) throws ImportException {
        List<String> missing = new ArrayList<>();
        for (String r : required) if (!has(r)) missing.add(r);
        if (!missing.isEmpty()) {
            throw new ImportException(new ImportLocation(fileName, null, 1, 0, null), "not a " + family
                    + " file: missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
    }

    /**
     * Runs all {@code checks} in one scan and throws for the failing cell nearest the top of the file. Checks on
     * absent columns are skipped. {@code {v}} in a condition stands for the cell's SQL.
     */
    public void validate(List<Check> checks) throws ImportException {
        List<Check> present = checks.stream().filter(c -> has(c.heading())).toList();
        if (present.isEmpty()) return;
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < present.size(); i++) {
            if (i > 0) sql.append(", ");
            sql.append("min(line) FILTER (WHERE ").append(condition(present.get(i))).append(')');
        }
        sql.append(" FROM ").append(table);
        long bestLine = Long.MAX_VALUE;
        Check best = null;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql.toString())) {
            r.next();
            for (int i = 0; i < present.size(); i++) {
                long line = r.getLong(i + 1);
                if (!r.wasNull() && (line < bestLine || line == bestLine && position(present.get(i).heading()) < position(best.heading()))) {
                    bestLine = line;
                    best = present.get(i);
                }
            }
        } catch (SQLException e) {
            throw new ImportException(new ImportLocation(fileName, null, 0, 0, null), "checking values failed: " + e.getMessage(), e);
        }
        if (best == null) return;
        String value = firstValue(best.heading(), bestLine);
        throw new ImportException(location(bestLine, best.heading()), best.problem() + ": '" + Sql.shorten(value) + "'");
    }

    /** The raw cell (untrimmed) at {@code line}, for messages. */
    public String firstValue(String heading, long line) throws ImportException {
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT c" + position(heading) + " FROM " + table + " WHERE line = " + line)) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            throw new ImportException(location(line, heading), "reading value failed: " + e.getMessage(), e);
        }
    }

    private String condition(Check c) {
        return "(" + c.badWhenSql().replace("{v}", col(c.heading())) + ")";
    }

    /** Drops the temporary table; failures are ignored because an aborted transaction drops it anyway. */
    @Override
    public void close() {
        try (Statement s = connection.createStatement()) {
            for (String t : longTables) s.execute("DROP TABLE IF EXISTS " + t);
            s.execute("DROP TABLE IF EXISTS " + table);
        } catch (SQLException e) {
            // the transaction is aborted: the rollback removes the table
        }
    }
}
