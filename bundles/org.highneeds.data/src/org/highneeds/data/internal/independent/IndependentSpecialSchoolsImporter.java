package org.highneeds.data.internal.independent;

import java.sql.SQLException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.imports.AbstractDatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;
import org.highneeds.data.internal.reference.LaCodes;
import org.highneeds.data.internal.sheet.Headings;
import org.highneeds.data.internal.sheet.ImportSupport;
import org.highneeds.data.internal.sheet.SheetCell;
import org.highneeds.data.internal.sheet.SheetReader;
import org.highneeds.data.internal.sheet.SheetRow;
import org.highneeds.data.internal.sheet.Sniff;

/**
 * The DfE list of independent special schools in England including non-maintained special schools, excluding section 41
 * approved ones ({@code IndSpec_not_s41.xlsx}), into {@code independent_special_school}. The header row is found by its
 * content; the establishment number is the unheaded column right of "GIAS reference".
 */
public final class IndependentSpecialSchoolsImporter extends AbstractDatasetImporter {

    /** Importer id. */
    public static final String ID = "dfe.independent-special-schools";

    private static final int MAX_HEADER_SEARCH = 20;

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public IndependentSpecialSchoolsImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        Sniff s = Sniff.of(file);
        return s.isWorkbook() && s.has("GIAS reference") && s.has("Section41 Approval") && s.has("Proprietor Name") ? 95 : 0;
    }

    private record Columns(String sheet, long headerRow, int la, int authority, int name, int proprietor, int type, int s41) {
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Independent special schools " + file.fileName(), 3);
        sink.describeDataset("dfe.independent-special-schools", "Independent and non-maintained special schools (not section 41)",
                "Department for Education");
        return SchoolList.replace(file, sink, "independent_special_school", 10, "schools", (reader, ins) -> {
            long[] rows = new long[1];
            Columns cols = findColumns(file, reader);
            sub.worked(1);
            reader.read(cols.sheet(), row -> {
                if (row.rowNumber() <= cols.headerRow()) return true;
                ImportLocation where = ImportSupport.at(file, cols.sheet(), row.rowNumber(), cols.la(), "GIAS reference");
                String la = LaCodes.normalise(row.cell(cols.la()));
                SheetCell estabCell = row.cell(cols.la() + 1);
                Integer estab = estabCell.type() == org.highneeds.data.internal.sheet.CellType.NUMBER ? (int) estabCell.number()
                        : estabCell.asText().strip().matches("\\d{4}") ? Integer.valueOf(estabCell.asText().strip()) : null;
                if (la == null || estab == null) {
                    if (row.cell(cols.name()).isBlank()) return true; // a note under the table
                    throw new ImportException(where, "expected a 3-digit LA number and a 4-digit establishment number, found '"
                            + row.text(cols.la()) + "' '" + estabCell.asText() + "'");
                }
                try {
                    ins.setLong(1, sink.provenanceId());
                    ins.setString(2, la);
                    ins.setInt(3, estab);
                    ins.setInt(4, Integer.parseInt(la) * 10000 + estab);
                    ins.setString(5, Section41ListImporter.text(file, cols.sheet(), row, cols.authority()));
                    ins.setString(6, Section41ListImporter.text(file, cols.sheet(), row, cols.name()));
                    ins.setString(7, Section41ListImporter.text(file, cols.sheet(), row, cols.proprietor()));
                    ins.setString(8, Section41ListImporter.text(file, cols.sheet(), row, cols.type()));
                    ins.setString(9, Section41ListImporter.text(file, cols.sheet(), row, cols.s41()));
                    ins.setLong(10, row.rowNumber());
                    ins.addBatch();
                } catch (SQLException e) {
                    throw ImportSupport.database(where, e);
                }
                rows[0]++;
                return true;
            }, sub.split(1));
            return rows[0];
        });
    }

    private static Columns findColumns(SourceFile file, SheetReader reader) throws ImportException {
        for (String sheet : reader.sheetNames()) {
            for (SheetRow row : reader.head(sheet, MAX_HEADER_SEARCH)) {
                int la = 0, authority = 0, name = 0, proprietor = 0, type = 0, s41 = 0;
                for (int c = 1; c <= row.lastColumn(); c++) {
                    String k = Headings.key(row.text(c));
                    if (k.equals("gias reference")) la = c;
                    else if (k.equals("local authority")) authority = c;
                    else if (k.equals("school name")) name = c;
                    else if (k.equals("proprietor name")) proprietor = c;
                    else if (k.startsWith("independent non maintained special school")) type = c;
                    else if (k.startsWith("section41 approval") || k.startsWith("section 41 approval")) s41 = c;
                }
                if (la > 0 && name > 0 && authority > 0) return new Columns(sheet, row.rowNumber(), la, authority, name, proprietor, type, s41);
            }
        }
        throw new ImportException(new ImportLocation(file.fileName(), null, 0, 0, null), "no header row with 'GIAS reference', "
                + "'Local Authority' and 'School Name' in the first " + MAX_HEADER_SEARCH + " rows");
    }
}
