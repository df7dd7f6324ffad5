package org.highneeds.data.internal.reference;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.highneeds.data.internal.sheet.CellType;
import org.highneeds.data.internal.sheet.SheetCell;

/** DfE 3-digit LA numbers: normalising them from cells and knowing which ones exist. */
public final class LaCodes {

    private static final Pattern CODE = Pattern.compile("\\d{3,4}");

    private LaCodes() {
    }

    /**
     * The LA number in a cell as text ({@code 302}, {@code 302.0}, {@code " 302 "} all give {@code "302"}), or null
     * when the cell holds no LA number.
     */
    public static String normalise(SheetCell cell) {
        String s;
        if (cell.type() == CellType.NUMBER) {
            double d = cell.number();
            if (d != Math.rint(d) || d < 0 || d > 9999) return null;
            s = Long.toString((long) d);
        } else if (cell.type() == CellType.TEXT) {
            s = cell.text().replace('\u00a0', ' ').strip();
            if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        } else {
            return null;
        }
        return CODE.matcher(s).matches() ? s : null;
    }

    /**
     * Every LA number the database knows: the imported code list, the ONS seed and the successor table (so checks
     * work before the code list is imported).
     */
    public static Set<String> known(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT la_code FROM la UNION SELECT la_code FROM la_ons_code "
                        + "UNION SELECT old_la_code FROM la_successor UNION SELECT new_la_code FROM la_successor")) {
            while (rs.next()) codes.add(rs.getString(1));
        }
        // England and the regions as numbered in DfE tools
        for (int r = 970; r <= 990; r++) codes.add(Integer.toString(r));
        return codes;
    }
}
