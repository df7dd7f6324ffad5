package org.highneeds.data.internal.finance;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.highneeds.data.imports.AbstractDatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * The DfE dashboard's derived DSG deficit table ({@code dsg_deficit_derived.xlsx}): cumulative DSG balance as a % of the
 * total DSG by LA, region and England and financial year, every sheet, into {@code dsg_deficit}. The workbook's
 * relationships name drawing parts the zip lacks; the reader never opens them.
 */
public final class DsgDeficitImporter extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "finance.dsg-deficit";

    private static final List<String> REQUIRED = List.of("time period", "geographic level", "region name", "la name", "deficit");

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public DsgDeficitImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        return s.isWorkbook() && s.has("DSG cumulative balance as a % of the total") && s.has("deficit") ? 95 : 0;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        sink.describeDataset("finance.dsg-deficit", "DSG cumulative balance as a % of total DSG (derived)", "Department for Education");
        return DsgDerivedTables.loadEverySheet(file, sink, "dsg_deficit", "INSERT INTO dsg_deficit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                REQUIRED, (ins, sheet, h, row, period) -> {
                    // the heading said "budget" in an earlier version of the file
                    int balance = h.getOrDefault("dsg cumulative balance as a % of the total income",
                            h.getOrDefault("dsg cumulative balance as a % of the total budget", 0));
                    ins.setLong(1, sink.provenanceId());
                    ins.setString(2, period);
                    ins.setInt(3, DsgDerivedTables.periodYear(period));
                    ins.setString(4, DsgDerivedTables.text(row, h.getOrDefault("financial year", 0)));
                    ins.setString(5, DsgDerivedTables.text(row, h.get("geographic level")));
                    ins.setString(6, DsgDerivedTables.text(row, h.get("region name")));
                    ins.setString(7, DsgDerivedTables.text(row, h.get("la name")));
                    ins.setObject(8, DsgDerivedTables.number(file, sheet, row, h.get("deficit"), "deficit"));
                    ins.setObject(9, balance == 0 ? null : DsgDerivedTables.number(file, sheet, row, balance, "balance"));
                    ins.setLong(10, row.rowNumber());
                    ins.addBatch();
                }, monitor);
    }
}
