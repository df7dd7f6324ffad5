package org.highneeds.ui.model.internal.wizard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.highneeds.area.AreaProjects;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;

/**
 * A current local authority of the LA code list (table {@code la}), as offered by the New Local Area wizard.
 *
 * @param code the 3-digit DfE code, e.g. 302
 * @param name the published name, e.g. Barnet
 * @param region the region, e.g. Outer London
 */
public record Authority(String code, String name, String region) {

    /** Reads the current LAs (not regions, not abolished LAs) by name; the {@code la} table must exist. */
    public static List<Authority> current(Connection connection) throws SQLException {
        List<Authority> authorities = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT la_code, name, region FROM la WHERE is_current AND region IS NOT NULL "
                        + "ORDER BY name")) {
            while (rs.next()) {
                authorities.add(new Authority(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return authorities;
    }

    /** The workspace project the area of this LA gets, e.g. "LA-302-Barnet" (named as AreaProjects names it). */
    public String projectName() {
        LocalAreaModel probe = HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        LocalAuthority la = HighNeedsFactory.eINSTANCE.createLocalAuthority();
        la.setLaCode(code);
        la.setName(name);
        probe.setLocalAuthority(la);
        return AreaProjects.projectName(probe);
    }

    /** "302 Barnet". */
    public String label() {
        return code + " " + name;
    }
}
