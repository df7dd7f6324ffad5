package org.highneeds.ui.model.internal.wizard;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.highneeds.area.AreaProjects;
import org.highneeds.data.LaCodeListEntry;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;

/**
 * A current local authority of the LA code list ({@link LaCodeListEntry}), as offered by the New Local Area wizard.
 *
 * @param code the 3-digit DfE code, e.g. 302
 * @param name the published name, e.g. Barnet
 * @param region the region, e.g. Outer London
 */
public record Authority(String code, String name, String region) {

    /** Reads the current LAs (not regions, not abolished LAs) by name; the {@code la} table must exist. */
    public static List<Authority> current(Connection connection) throws SQLException {
        return LaCodeListEntry.current(connection).stream().map(la -> new Authority(la.code(), la.name(), la.region())).toList();
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
