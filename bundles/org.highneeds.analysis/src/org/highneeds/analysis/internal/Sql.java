package org.highneeds.analysis.internal;

/** Small helpers for SQL error messages. */
public final class Sql {

    private Sql() {
    }

    /** The first line of an exception's message (DuckDB appends context lines and stack hints). */
    public static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** A message without DuckDB's "java.sql.SQLException: " style prefixes, over several lines when DuckDB gives them. */
    public static String message(Throwable e) {
        String m = String.valueOf(e.getMessage()).strip();
        for (String p : new String[] {"java.sql.SQLException: ", "Invalid Input Error: "}) {
            if (m.startsWith(p)) m = m.substring(p.length());
        }
        return m;
    }
}
