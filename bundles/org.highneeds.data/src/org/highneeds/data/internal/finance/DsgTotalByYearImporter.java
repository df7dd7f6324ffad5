package org.highneeds.data.internal.finance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.imports.DatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.reference.LaCodes;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * The DfE dashboard's total DSG by LA and year ({@code DSG_by_year_dr.xlsx}), one sheet per financial year, every sheet
 * into {@code dsg_total_allocation}; group rows (ENGLAND, regions, LA types) are kept as such. The workbook's
 * relationships name drawing parts the zip lacks; the reader never opens them.
 */
public final class DsgTotalByYearImporter implements DatasetImporter {

    /** Importer id. */
    public static final String ID = "finance.dsg-total-by-year";

    private static final String TOTAL = "total dsg allocation £s";
    private static final List<String> REQUIRED = List.of("la code", "la name", TOTAL, "time period");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        return s.isWorkbook() && s.has("Total DSG allocation (") && s.has("la_code") && s.has("time_period") ? 95 : 0;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Total DSG by year " + file.fileName(), 10);
        sink.describeDataset("finance.dsg-total-by-year", "Total DSG allocation by LA and year (derived)", "Department for Education");
        Connection c = sink.connection();
        long[] rows = new long[1];
        TreeSet<String> periods = new TreeSet<>();
        try (SheetReader reader = SheetReaders.open(file.path());
                PreparedStatement ins = c.prepareStatement("INSERT INTO dsg_total_allocation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            List<String> sheets = reader.sheetNames();
            for (String sheet : sheets) {
                @SuppressWarnings("unchecked")
                Map<String, Integer>[] h = new Map[1];
                reader.read(sheet, row -> {
                    if (h[0] == null) {
                        h[0] = DsgDerivedTables.headings(row, REQUIRED);
                        return true;
                    }
                    String period = DsgDerivedTables.period(file, sheet, row, h[0].get("time period"));
                    periods.add(period);
                    String code = LaCodes.normalise(row.cell(h[0].get("la code")));
                    String label = DsgDerivedTables.text(row, h[0].get("la code"));
                    try {
                        ins.setLong(1, sink.provenanceId());
                        ins.setString(2, period);
                        ins.setInt(3, DsgDerivedTables.periodYear(period));
                        ins.setString(4, code != null ? "Local authority" : "Group");
                        ins.setString(5, code);
                        ins.setString(6, code != null ? DsgDerivedTables.text(row, h[0].get("la name")) : label);
                        ins.setObject(7, DsgDerivedTables.number(file, sheet, row, h[0].get(TOTAL), "Total DSG allocation (£s)"));
                        ins.setString(8, sheet);
                        ins.setLong(9, row.rowNumber());
                        ins.addBatch();
                    } catch (SQLException e) {
                        throw ImportSupport.database(ImportSupport.at(file, sheet, row.rowNumber(), 0, null), e);
                    }
                    rows[0]++;
                    return true;
                }, sub.split(8 / Math.max(1, sheets.size())));
            }
            ins.executeBatch();
        } catch (SQLException e) {
            throw ImportSupport.database(DsgDerivedTables.whole(file), e);
        }
        if (rows[0] == 0) {
            throw new ImportException(DsgDerivedTables.whole(file), "no sheet with the columns la_code, la_name, "
                    + "Total DSG allocation (£s) and time_period");
        }
        return new ImportSummary(rows[0], List.of("dsg_total_allocation"), periods.first(), periods.last());
    }
}
