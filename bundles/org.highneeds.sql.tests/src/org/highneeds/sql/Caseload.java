package org.highneeds.sql;

import org.highneeds.data.SqlQuoting;
import org.highneeds.testing.SharedData;

/** The real SEN2 2025 caseload file, the table most SQL console tests query. */
final class Caseload {

    private Caseload() {
    }

    /** SQL that loads the real SEN2 2025 caseload file into table {@code schema.caseload}. */
    static String loadSql(String schema) {
        return "CREATE SCHEMA IF NOT EXISTS " + schema + "; CREATE TABLE " + schema + ".caseload AS FROM read_csv("
                + SqlQuoting.literal(SharedData.file("ehcp-sen2-2025", "caseload.csv").toString()) + ", header = true)";
    }
}
