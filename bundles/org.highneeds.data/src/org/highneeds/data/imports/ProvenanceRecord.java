package org.highneeds.data.imports;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One imported file as the provenance table records it.
 *
 * @param id the provenance id
 * @param fileName the file's name
 * @param datasetId the dataset the file was imported as (the importer's own id for its part, e.g. {@code ees:caseload})
 * @param periodFrom the first period, as published (e.g. {@code 201819}), or null
 * @param periodTo the last period, as published, or null
 * @param rows rows imported
 * @param importedAt when, as {@code yyyy-MM-dd HH:mm}
 * @param sha256 the file's SHA-256
 * @param importer the id of the catalogue's dataset whose importer read it
 * @param superseded whether a later import of the same data replaced it
 * @param warnings how many import warnings it has
 */
public record ProvenanceRecord(long id, String fileName, String datasetId, String periodFrom, String periodTo, long rows,
        String importedAt, String sha256, String importer, boolean superseded, int warnings) {

    /** Every imported file, oldest first. */
    public static List<ProvenanceRecord> all(Connection connection) throws SQLException {
        List<ProvenanceRecord> all = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT p.id, p.file_name, p.dataset_id, p.period_from, p.period_to, p.\"rows\", "
                        + "strftime(p.imported_at, '%Y-%m-%d %H:%M'), p.sha256, p.importer, p.superseded_by IS NOT NULL, "
                        + "(SELECT count(*) FROM import_warning w WHERE w.provenance_id = p.id) FROM provenance p ORDER BY p.id")) {
            while (r.next()) {
                all.add(new ProvenanceRecord(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getLong(6), r.getString(7), r.getString(8), r.getString(9), r.getBoolean(10), r.getInt(11)));
            }
        }
        return all;
    }
}
