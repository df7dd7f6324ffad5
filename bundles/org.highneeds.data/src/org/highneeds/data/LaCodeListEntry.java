package org.highneeds.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A current local authority of the imported LA code list (table {@code la}).
 *
 * @param code the 3-digit DfE code, e.g. 302
 * @param name the published name, e.g. Barnet
 * @param region the region, e.g. Outer London
 */
public record LaCodeListEntry(String code, String name, String region) {

    /** The current LAs (not regions, not abolished LAs) by name; empty when the LA code list is not imported. */
    public static List<LaCodeListEntry> current(Connection connection) throws SQLException {
        List<LaCodeListEntry> current = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT la_code, name, region FROM la WHERE is_current AND region IS NOT NULL "
                        + "ORDER BY name")) {
            while (rs.next()) {
                current.add(new LaCodeListEntry(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return current;
    }
}
