package org.highneeds.data.testsupport;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;

/** A tiny {@link ImportSink} over a DuckDB connection that keeps warnings in a list. */
public final class TestSink implements ImportSink {

    private final Connection connection;
    private final long provenanceId;
    /** Warnings reported so far, as "location: message". */
    public final List<String> warnings = new ArrayList<>();

    TestSink(Connection connection, long provenanceId) {
        this.connection = connection;
        this.provenanceId = provenanceId;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public long provenanceId() {
        return provenanceId;
    }

    @Override
    public void warn(ImportLocation where, String message) {
        warnings.add(where + ": " + message);
    }
}
