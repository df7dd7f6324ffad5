package org.highneeds.data.internal.finance;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.highneeds.data.imports.AbstractDatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.reference.LaCodes;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * The DfE dashboard's total DSG by LA and year ({@code DSG_by_year_dr.xlsx}), one sheet per financial year, every sheet
 * into {@code dsg_total_allocation}; group rows (ENGLAND, regions, LA types) are kept as such. The workbook's
 * relationships name drawing parts the zip lacks; the reader never opens them.
 */
public final class DsgTotalByYearImporter extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "finance.dsg-total-by-year";

    private static final String TOTAL = "total dsg allocation £s";
    private static final List<String> REQUIRED = List.of("la code", "la name", TOTAL, "time period");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public DsgTotalByYearImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        return s.isWorkbook() && s.has("Total DSG allocation (") && s.has("la_code") && s.has("time_period") ? 95 : 0;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        sink.describeDataset("finance.dsg-total-by-year", "Total DSG allocation by LA and year (derived)", "Department for Education");
        return DsgDerivedTables.loadEverySheet(file, sink, "dsg_total_allocation",
                "INSERT INTO dsg_total_allocation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", REQUIRED, (ins, sheet, h, row, period) -> {
                    String code = LaCodes.normalise(row.cell(h.get("la code")));
                    ins.setLong(1, sink.provenanceId());
                    ins.setString(2, period);
                    ins.setInt(3, DsgDerivedTables.periodYear(period));
                    ins.setString(4, code != null ? "Local authority" : "Group");
                    ins.setString(5, code);
                    // group rows (ENGLAND, regions, LA types) carry their label in the la_code column
                    ins.setString(6, DsgDerivedTables.text(row, code != null ? h.get("la name") : h.get("la code")));
                    ins.setObject(7, DsgDerivedTables.number(file, sheet, row, h.get(TOTAL), "Total DSG allocation (£s)"));
                    ins.setString(8, sheet);
                    ins.setLong(9, row.rowNumber());
                    ins.addBatch();
                }, monitor);
    }
}
