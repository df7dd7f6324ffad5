package org.highneeds.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.highneeds.model.Contract;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.NeedType;
import org.highneeds.model.Placement;
import org.highneeds.model.PlacementCategory;
import org.highneeds.model.PlacementReason;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.register.RegisterExporter;
import org.highneeds.model.register.RegisterImport;
import org.highneeds.model.register.RegisterImportException;
import org.highneeds.model.register.RegisterImporter;
import org.highneeds.model.register.RegisterIssue;
import org.highneeds.model.register.RegisterLayout;
import org.highneeds.model.register.RegisterRow;
import org.highneeds.model.validation.AreaModelValidator;
import org.highneeds.model.validation.ModelValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commissioners' register: xlsx template, export, edits by hand (POI), import with row-level checks, apply. */
class RegisterTest {

    @TempDir
    Path dir;

    @Test
    void exportedWorkbookIsACleanTemplate() throws IOException {
        Path file = dir.resolve("register.xlsx");
        RegisterExporter.export(Fixtures.fullArea(), file, null);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("Placements", "Contracts", "Lists"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            assertTrue(wb.isSheetHidden(2), "lists sheet hidden");
            Sheet placements = wb.getSheet("Placements");
            assertEquals("Child reference", placements.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Exit plan", placements.getRow(0).getCell(22).getStringCellValue());
            assertTrue(placements.getRow(0).getCell(0).getCellStyle().getFillPattern() != null);
            PaneInformation pane = placements.getPaneInformation();
            assertEquals(1, pane.getHorizontalSplitTopRow());
            assertEquals(1, pane.getVerticalSplitLeftColumn());
            assertEquals(44 * 256, placements.getColumnWidth(3), "placement category column is wide");
            assertEquals("C0001", placements.getRow(1).getCell(0).getStringCellValue());
            assertEquals("ASD", placements.getRow(1).getCell(2).getStringCellValue());
            assertEquals("Independent special school", placements.getRow(1).getCell(3).getStringCellValue());
            assertEquals("Acorn Independent Special School", placements.getRow(1).getCell(5).getStringCellValue());
            assertEquals(62000.0, placements.getRow(1).getCell(11).getNumericCellValue());
            assertEquals(LocalDate.of(2024, 9, 2), placements.getRow(1).getCell(9).getLocalDateTimeCellValue().toLocalDate());

            Map<Integer, String> lists = placements.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST)
                    .collect(Collectors.toMap(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                            v -> v.getValidationConstraint().getFormula1()));
            assertEquals(Map.of(1, "YearGroups", 2, "NeedTypes", 3, "PlacementCategories", 8, "YesNo",
                    18, "PlacementReasons", 19, "TransitionPoints"), lists);
            Map<Integer, String> contractLists = wb.getSheet("Contracts").getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getValidationType() == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST)
                    .collect(Collectors.toMap(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn(),
                            v -> v.getValidationConstraint().getFormula1()));
            assertEquals(Map.of(2, "ContractKinds"), contractLists);
            assertEquals("'Lists'!$B$2:$B$14", wb.getName("NeedTypes").getRefersToFormula(), "13 SEN2 needs");
            assertEquals("'Lists'!$C$2:$C$31", wb.getName("PlacementCategories").getRefersToFormula(), "30 categories");
            assertEquals("SpLD", wb.getSheet("Lists").getRow(1).getCell(1).getStringCellValue());
            assertEquals(1.0, wb.getSheet("Contracts").getRow(1).getCell(9).getNumericCellValue(), "placements count");
        }
    }

    @Test
    void unchangedRegisterImportsCleanlyAndChangesNothing() throws IOException {
        LocalAreaModel area = Fixtures.fullArea();
        LocalAreaModel before = EcoreUtil.copy(area);
        Path file = dir.resolve("register.xlsx");
        RegisterExporter.export(area, file, null);
        RegisterImport result = RegisterImporter.read(file, area, null);
        assertEquals(List.of(), result.issues());
        assertEquals(3, result.validRows().size());
        RegisterImport.Applied applied = result.applyAll(area);
        assertEquals(new RegisterImport.Applied(0, 1, 0, 2), applied);
        assertTrue(EcoreUtil.equals(before, area), "re-importing an unedited register must not change the model");
    }

    @Test
    void editedRegisterRoundTripWithRejectedRows() throws IOException {
        LocalAreaModel area = Fixtures.fullArea();
        Path file = dir.resolve("register.xlsx");
        RegisterExporter.export(area, file, null);

        // A commissioner edits the workbook.
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet p = wb.getSheet(RegisterLayout.PLACEMENTS);
            p.getRow(1).getCell(11).setCellValue(64170.5);                        // row 2: fee uplift agreed
            p.getRow(2).getCell(9).setCellValue("31/13/2024");                    // row 3: impossible date
            placementRow(p, 3, "C0003", "ASD", "Independent special school", "135000", "2025-01-06", 58000, "No suitable local place", "CT-2024-001");
            p.getRow(3).getCell(9).setCellValue(LocalDate.of(2025, 1, 6));        // a real Excel date cell (no format)
            placementRow(p, 4, "C0004", "Autism", "Independent special school", "135000", "2025-01-06", 1, null, null);
            placementRow(p, 5, "C0005", "SEMH", "Independent special school", "135000", "2025-02-01", -5000, null, null);
            placementRow(p, 6, "C0006", "SEMH", "Independent special school", "135000", "2025-02-01", 1000, null, null);
            p.getRow(6).createCell(15).setCellValue(50);
            p.getRow(6).createCell(16).setCellValue(20);
            p.getRow(6).createCell(17).setCellValue(20);
            placementRow(p, 7, "C0003", "ASD", "Independent special school", "135000", "2025-01-06", 58000, null, null);
            placementRow(p, 8, "C0007", "MLD", "Mainstream LA maintained school", "999999", "2025-01-06", 0, null, null);
            Sheet c = wb.getSheet(RegisterLayout.CONTRACTS);
            c.getRow(1).getCell(3).setCellValue(5);                               // row 2: one more place
            Row newContract = c.createRow(2);
            newContract.createCell(0).setCellValue("CT-2025-002");
            newContract.createCell(1).setCellValue("Oakwood Specialist College");
            newContract.createCell(2).setCellValue("spot");
            newContract.createCell(3).setCellValue(1);
            newContract.createCell(4).setCellValue(48000);
            newContract.createCell(5).setCellValue("2025-09-01");
            Row badContract = c.createRow(3);
            badContract.createCell(0).setCellValue("CT-2025-003");
            badContract.createCell(3).setCellValue(-2);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        RegisterImport result = RegisterImporter.read(file, area, null);
        // Step one changes nothing.
        assertEquals(2, area.getPlacements().size());
        assertEquals(new BigDecimal("62000.00"), area.getPlacements().get(0).getAnnualFee());

        assertEquals(List.of("Contracts:2", "Contracts:3", "Placements:2", "Placements:4"),
                result.validRows().stream().map(r -> r.sheet() + ":" + r.row()).toList());
        assertEquals(List.of("Contracts:4", "Placements:3", "Placements:5", "Placements:6", "Placements:7", "Placements:8",
                "Placements:9"), result.rejectedRows().stream().map(r -> r.sheet() + ":" + r.row()).toList());
        List<String> errors = result.errors().stream().map(RegisterIssue::toString).toList();
        assertEquals(List.of(
                "Error: sheet Contracts, row 4, column D (Places): Contract 'CT-2025-003': places must not be negative (-2 given).",
                "Error: sheet Placements, row 3, column J (Start date): '31/13/2024' is not a date (use yyyy-mm-dd).",
                "Error: sheet Placements, row 3, column J (Start date): the start date is empty.",
                "Error: sheet Placements, row 5, column C (Primary need): 'Autism' is not one of the allowed values "
                        + "(SpLD, MLD, SLD, PMLD, SEMH, SLCN, HI, VI, MSI, PD, ASD, OTH, NSA).",
                "Error: sheet Placements, row 6, column L (Annual fee (£)): Placement 'C0005' at Acorn Independent "
                        + "Special School: annual fee must not be negative (-5000 given).",
                "Error: sheet Placements, row 7, column P (Education %): Placement 'C0006' at Acorn Independent Special "
                        + "School: the education, health and social care shares add up to 90%, not 100%.",
                "Error: sheet Placements, row 8, column A (Child reference): this row repeats the child reference and "
                        + "start date of row 4.",
                "Error: sheet Placements, row 9, column E (Setting URN): no setting with URN 999999 in the model."),
                errors);

        // Nothing is applied from a file with errors unless the caller accepts the valid rows.
        assertThrows(IllegalStateException.class, () -> result.applyAll(area));
        assertEquals(2, area.getPlacements().size());

        RegisterImport.Applied applied = result.applyValidRows(area);
        assertEquals(new RegisterImport.Applied(1, 1, 1, 1), applied);
        assertThrows(IllegalStateException.class, () -> result.applyValidRows(area), "applied once only");
        assertEquals(3, area.getPlacements().size());
        assertEquals(new BigDecimal("64170.5"), area.getPlacements().get(0).getAnnualFee());
        assertEquals(LocalDate.of(2023, 9, 4), area.getPlacements().get(1).getStartDate(), "rejected row left alone");
        Placement added = area.getPlacements().get(2);
        assertEquals("C0003", added.getChildRef());
        assertEquals(NeedType.ASD, added.getPrimaryNeed());
        assertEquals(PlacementCategory.SPECIAL_INDEPENDENT, added.getCategory());
        assertEquals(PlacementReason.NO_LOCAL_PLACE, added.getReason());
        assertEquals(LocalDate.of(2025, 1, 6), added.getStartDate());
        assertEquals("Acorn Independent Special School", added.getSetting().getName());
        Contract block = area.getContracts().get(0);
        assertEquals(5, block.getPlaces());
        assertEquals(List.of("C0001", "C0003"), block.getPlacements().stream().map(Placement::getChildRef).toList());
        assertEquals(1, block.getFeeUpliftRequests().size(), "uplift history kept on update");
        assertEquals("Oakwood Specialist College", area.getContracts().get(1).getProvider());
        assertEquals(List.of(), AreaModelValidator.leaves(ModelValidation.validate(area, LocalDate.of(2025, 3, 1), ModelLabels.INSTANCE)));
    }

    @Test
    void wrongLayoutRejectsTheSheetAndNamesTheColumn() throws IOException {
        LocalAreaModel area = Fixtures.fullArea();
        Path file = dir.resolve("register.xlsx");
        RegisterExporter.export(area, file, null);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            wb.getSheet(RegisterLayout.PLACEMENTS).getRow(0).getCell(2).setCellValue("Need");
            wb.removeSheetAt(wb.getSheetIndex(RegisterLayout.CONTRACTS));
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RegisterImport result = RegisterImporter.read(file, area, null);
        assertEquals(List.of(), result.validRows());
        assertEquals(List.of(
                "Error: sheet Contracts: the sheet 'Contracts' is missing.",
                "Error: sheet Placements, row 1, column C: the header is 'Need' but 'Primary need' was expected; the "
                        + "sheet layout is not the register's, so no row of it was read."),
                result.errors().stream().map(RegisterIssue::toString).toList());
    }

    @Test
    void unreadableFilesAreRefusedWithTheirName() throws IOException {
        LocalAreaModel area = Fixtures.fullArea();
        Path text = dir.resolve("register.xlsx");
        Files.writeString(text, "child,need\nC1,ASD\n");
        RegisterImportException e = assertThrows(RegisterImportException.class,
                () -> RegisterImporter.read(text, area, null));
        assertTrue(e.getMessage().startsWith("Cannot read register " + text + ": it is not an Excel .xlsx workbook"),
                e.getMessage());

        Path truncated = dir.resolve("truncated.xlsx");
        RegisterExporter.export(area, truncated, null);
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        e = assertThrows(RegisterImportException.class, () -> RegisterImporter.read(truncated, area, null));
        assertTrue(e.getMessage().contains("truncated.xlsx"), e.getMessage());
        assertEquals(2, area.getPlacements().size());
    }

    @Test
    void importAgainstAnotherModelIsRefused() throws IOException {
        LocalAreaModel area = Fixtures.fullArea();
        Path file = dir.resolve("register.xlsx");
        RegisterExporter.export(area, file, null);
        RegisterImport result = RegisterImporter.read(file, area, null);
        assertThrows(IllegalArgumentException.class, () -> result.applyValidRows(Fixtures.fullArea()));
        RegisterRow first = result.validRows().get(0);
        assertEquals("CT-2024-001", first.key());
        assertNull(first.staged().eContainer(), "staged rows are detached from the model");
    }

    private static void placementRow(Sheet sheet, int index, String child, String need, String category, String urn,
            String start, double fee, String reason, String contract) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(child);
        row.createCell(1).setCellValue("Y9");
        row.createCell(2).setCellValue(need);
        row.createCell(3).setCellValue(category);
        row.createCell(4).setCellValue(urn);
        row.createCell(7).setCellValue("302");
        row.createCell(8).setCellValue("Y");
        row.createCell(9).setCellValue(start);
        row.createCell(11).setCellValue(fee);
        if (reason != null) {
            row.createCell(18).setCellValue(reason);
        }
        if (contract != null) {
            row.createCell(20).setCellValue(contract);
        }
    }

    @Test
    void applyingTheValidRowsIsOneUndoableCommand() throws IOException {
        LocalAreaModel area = Fixtures.fullArea();
        LocalAreaModel before = EcoreUtil.copy(area);
        Path file = dir.resolve("register.xlsx");
        RegisterExporter.export(area, file, null);
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet p = wb.getSheet(RegisterLayout.PLACEMENTS);
            p.getRow(1).getCell(11).setCellValue(64170.5);
            placementRow(p, 3, "C0003", "ASD", "Independent special school", "135000", "2025-01-06", 58000, "No suitable local place", "CT-2024-001");
            placementRow(p, 4, "C0004", "Autism", "Independent special school", "135000", "2025-01-06", 1, null, null);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RegisterImport result = RegisterImporter.read(file, area, null);
        assertEquals(1, result.rejectedRows().size());

        org.eclipse.emf.common.command.BasicCommandStack stack = new org.eclipse.emf.common.command.BasicCommandStack();
        org.highneeds.model.edit.RegisterImportCommand command = new org.highneeds.model.edit.RegisterImportCommand(result, area);
        assertTrue(command.canExecute());
        stack.execute(command);
        assertEquals(new RegisterImport.Applied(0, 1, 1, 2), command.applied(), "both existing placements are matched and updated");
        assertEquals(3, area.getPlacements().size());
        assertEquals(new BigDecimal("64170.5"), area.getPlacements().get(0).getAnnualFee());
        LocalAreaModel after = EcoreUtil.copy(area);

        assertTrue(stack.canUndo());
        stack.undo();
        assertTrue(EcoreUtil.equals(before, area), "Undo restores the area as it was before the import");
        assertEquals(new BigDecimal("62000.00"), area.getPlacements().get(0).getAnnualFee());

        stack.redo();
        assertTrue(EcoreUtil.equals(after, area), "Redo applies the same rows again");
        assertEquals("Import Register register.xlsx", command.getLabel());
        assertFalse(new org.highneeds.model.edit.RegisterImportCommand(result, area).canExecute(), "an import is applied once");
    }
}
