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
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetReaders;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * The DfE dashboard's derived DSG deficit table ({@code dsg_deficit_derived.xlsx}): cumulative DSG balance as a % of the
 * total DSG by LA, region and England and financial year, every sheet, into {@code dsg_deficit}. The workbook's
 * relationships name drawing parts the zip lacks; the reader never opens them.
 */
public final class DsgDeficitImporter implements DatasetImporter {

    /** Importer id. */
    public static final String ID = "finance.dsg-deficit";

    private static final List<String> REQUIRED = List.of("time period", "geographic level", "region name", "la name", "deficit");

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
        return s.isWorkbook() && s.has("DSG cumulative balance as a % of the total") && s.has("deficit") ? 95 : 0;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "DSG deficit " + file.fileName(), 10);
        sink.describeDataset("finance.dsg-deficit", "DSG cumulative balance as a % of total DSG (derived)", "Department for Education");
        Connection c = sink.connection();
        long[] rows = new long[1];
        TreeSet<String> periods = new TreeSet<>();
        try (SheetReader reader = SheetReaders.open(file.path());
                PreparedStatement ins = c.prepareStatement("INSERT INTO dsg_deficit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (String sheet : reader.sheetNames()) {
                @SuppressWarnings("unchecked")
                Map<String, Integer>[] h = new Map[1];
                reader.read(sheet, row -> {
                    if (h[0] == null) {
                        h[0] = DsgDerivedTables.headings(row, REQUIRED);
                        return true;
                    }
                    String period = DsgDerivedTables.period(file, sheet, row, h[0].get("time period"));
                    periods.add(period);
                    int balance = h[0].getOrDefault("dsg cumulative balance as a % of the total income",
                            h[0].getOrDefault("dsg cumulative balance as a % of the total budget", 0));
                    try {
                        ins.setLong(1, sink.provenanceId());
                        ins.setString(2, period);
                        ins.setInt(3, DsgDerivedTables.periodYear(period));
                        ins.setString(4, DsgDerivedTables.text(row, h[0].getOrDefault("financial year", 0)));
                        ins.setString(5, DsgDerivedTables.text(row, h[0].get("geographic level")));
                        ins.setString(6, DsgDerivedTables.text(row, h[0].get("region name")));
                        ins.setString(7, DsgDerivedTables.text(row, h[0].get("la name")));
                        ins.setObject(8, DsgDerivedTables.number(file, sheet, row, h[0].get("deficit"), "deficit"));
                        ins.setObject(9, balance == 0 ? null : DsgDerivedTables.number(file, sheet, row, balance, "balance"));
                        ins.setLong(10, row.rowNumber());
                        ins.addBatch();
                    } catch (SQLException e) {
                        throw ImportSupport.database(ImportSupport.at(file, sheet, row.rowNumber(), 0, null), e);
                    }
                    rows[0]++;
                    return true;
                }, sub.split(8 / Math.max(1, reader.sheetNames().size())));
            }
            ins.executeBatch();
        } catch (SQLException e) {
            throw ImportSupport.database(DsgDerivedTables.whole(file), e);
        }
        if (rows[0] == 0) {
            throw new ImportException(DsgDerivedTables.whole(file), "no sheet with the columns " + String.join(", ", REQUIRED) + " and data rows");
        }
        return new ImportSummary(rows[0], List.of("dsg_deficit"), periods.first(), periods.last());
    }
}
