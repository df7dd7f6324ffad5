package org.highneeds.analysis;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Gives the engine a fresh connection to the workspace database per unit of work; the engine closes it.
 * {@code WorkspaceDatabase::connect} is one.
 */
@FunctionalInterface
public interface ConnectionSource {

    /** A new connection the caller closes. */
    Connection connect() throws SQLException;
}
