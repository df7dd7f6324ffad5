package org.highneeds.data.internal.independent;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;

/** What the DfE lists of special schools share: each release is the whole list and replaces the one imported before. */
final class SchoolList {

    /** Reads the workbook into the insert statement (addBatch per row); returns the rows added. */
    interface Reading {
        /** Adds the list's rows. */
        long read(SheetReader reader, PreparedStatement insert) throws ImportException, SQLException;
    }

    private SchoolList() {
    }

    /** Empties {@code table}, then fills it from {@code file} through {@code reading}; no rows is an error naming {@code what}. */
    static ImportSummary replace(SourceFile file, ImportSink sink, String table, int columns, String what, Reading reading)
            throws ImportException {
        ImportLocation whole = new ImportLocation(file.fileName(), null, 0, 0, null);
        long rows;
        try (Statement s = sink.connection().createStatement()) {
            s.executeUpdate("DELETE FROM " + table);
        } catch (SQLException e) {
            throw ImportSupport.database(whole, e);
        }
        try (SheetReader reader = SheetReaders.open(file.path()); PreparedStatement ins = sink.connection().prepareStatement(
                "INSERT INTO " + table + " VALUES (" + "?, ".repeat(columns - 1) + "?)")) {
            rows = reading.read(reader, ins);
            ins.executeBatch();
        } catch (SQLException e) {
            throw ImportSupport.database(whole, e);
        }
        if (rows == 0) throw new ImportException(whole, "no " + what + " under the header row");
        return new ImportSummary(rows, List.of(table), null, null);
    }
}
