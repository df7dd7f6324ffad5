package org.highneeds.data.imports;

import java.nio.file.Path;
import java.util.List;

/** The outcome of importing one file: what was written, what it replaced, what was only warned about. */
public record ImportResult(Path file, String importerId, String datasetId, long provenanceId, Status status,
        long rows, String periodFrom, String periodTo, List<PeriodChange> changes, List<String> warnings) {

    /** Whether the database changed. */
    public enum Status {
        /** Committed as a new provenance record. */
        IMPORTED,
        /** Identical file (same sha256, importer and version) was already imported; nothing changed. */
        UNCHANGED
    }

    /** One line for a log or status bar. */
    public String describe() {
        if (status == Status.UNCHANGED) {
            return file.getFileName() + ": already imported (provenance " + provenanceId + "), nothing changed";
        }
        StringBuilder b = new StringBuilder();
        b.append(file.getFileName()).append(": ").append(rows).append(" rows as ").append(datasetId);
        if (periodFrom != null || periodTo != null) {
            String from = periodFrom == null ? periodTo : periodFrom;
            String to = periodTo == null ? periodFrom : periodTo;
            b.append(" (").append(from.equals(to) ? from : from + ".." + to).append(")");
        }
        if (!changes.isEmpty()) b.append(", replaced an older release for ").append(changes.size()).append(" table-periods");
        if (!warnings.isEmpty()) b.append(", ").append(warnings.size()).append(" warnings");
        return b.toString();
    }
}
