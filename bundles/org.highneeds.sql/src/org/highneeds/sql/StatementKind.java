package org.highneeds.sql;

/** What a statement does to the database, as far as its leading keywords tell. */
public enum StatementKind {
    /** Reads only: SELECT, VALUES, FROM-first, TABLE, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN, read pragmas. */
    READ,
    /** Changes data or schema without destroying anything existing (CREATE, INSERT, COPY TO ...). */
    WRITE,
    /** May destroy or overwrite existing data: the UI should ask for confirmation. */
    DESTRUCTIVE,
    /** Changes only the session or environment (SET, RESET, USE, LOAD, INSTALL, transactions). */
    SESSION,
    /** Not recognised. */
    UNKNOWN
}
