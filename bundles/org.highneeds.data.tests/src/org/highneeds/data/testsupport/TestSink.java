package org.highneeds.data.testsupport;

import java.sql.Connection;
import java.util.List;

import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;

/** An {@link ImportSink} over a test database's connection that keeps the warnings an importer reports. */
public final class TestSink implements ImportSink {

    /** A warning the importer reported. */
    public record Warning(ImportLocation where, String message) {
        /** As the workbench lists it: "location: message". */
        @Override
        public String toString() {
            return where + ": " + message;
        }
    }

    private final Connection connection;
    private final long provenanceId;
    private final List<Warning> warnings;

    TestSink(Connection connection, long provenanceId, List<Warning> warnings) {
        this.connection = connection;
        this.provenanceId = provenanceId;
        this.warnings = warnings;
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
        warnings.add(new Warning(where, message));
    }

    /** The warnings so far, as "location: message". */
    public List<String> warnings() {
        return warnings.stream().map(Warning::toString).toList();
    }
}
