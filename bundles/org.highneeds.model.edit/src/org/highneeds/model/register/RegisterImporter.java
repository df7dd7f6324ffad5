package org.highneeds.model.register;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.highneeds.model.Contract;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.Placement;
import org.highneeds.model.Provision;
import org.highneeds.model.Setting;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.register.RegisterColumn.Kind;
import org.highneeds.model.register.RegisterIssue.Severity;
import org.highneeds.model.validation.ModelValidation;

/**
 * Reads a commissioners' register workbook back, checking every row against the target model, without changing
 * the model. The result ({@link RegisterImport}) lists valid and rejected rows; the caller decides to apply.
 */
public final class RegisterImporter {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private final Path file;
    private final LocalAreaModel model;
    private final List<RegisterIssue> issues = new ArrayList<>();
    private final List<RegisterRow> valid = new ArrayList<>();
    private final List<RegisterRow> rejected = new ArrayList<>();
    private final Map<String, Contract> stagedContracts = new LinkedHashMap<>();
    private final Map<Placement, String> contractOfPlacement = new HashMap<>();
    private final DataFormatter formatter = new DataFormatter(Locale.UK);

    private RegisterImporter(Path file, LocalAreaModel model) {
        this.file = file;
        this.model = model;
    }

    /**
     * Reads and checks a register workbook against {@code model} (used to resolve URNs, provision codes, LA codes and
     * contract references). The model is not changed.
     *
     * @throws RegisterImportException if the file is not a readable xlsx workbook
     */
    public static RegisterImport read(Path file, LocalAreaModel model, IProgressMonitor monitor) throws IOException {
        RegisterImporter importer = new RegisterImporter(file, model);
        importer.run(SubMonitor.convert(monitor, "Reading register " + file.getFileName(), 2));
        return new RegisterImport(file, model, importer.issues, importer.valid, importer.rejected,
                importer.contractOfPlacement);
    }

    private void run(SubMonitor progress) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new RegisterImportException("Cannot read register " + file + ": the file does not exist.", null);
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new RegisterImportException("Cannot read register " + file + ": the file is larger than "
                    + MAX_FILE_BYTES / (1024 * 1024) + " MB, far more than a register of placements.", null);
        }
        try (InputStream in = Files.newInputStream(file); Workbook workbook = open(in)) {
            // Contracts first: placements may name a contract that is new in this file.
            Sheet contracts = sheet(workbook, RegisterLayout.CONTRACTS);
            if (contracts != null) {
                readSheet(contracts, RegisterLayout.CONTRACT_COLUMNS, progress.split(1));
            }
            Sheet placements = sheet(workbook, RegisterLayout.PLACEMENTS);
            if (placements != null) {
                readSheet(placements, RegisterLayout.PLACEMENT_COLUMNS, progress.split(1));
            }
        }
    }

    private Workbook open(InputStream raw) throws RegisterImportException {
        try {
            // WorkbookFactory finds its xlsx provider through ServiceLoader, which does not work across OSGi
            // bundles; the register is always xlsx, so open it as one and name the other cases.
            InputStream in = FileMagic.prepareToCheckMagic(raw);
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw new RegisterImportException("Cannot read register " + file
                        + ": it is password-protected or an old .xls workbook; save it unprotected as .xlsx.", null);
            }
            if (magic != FileMagic.OOXML) {
                throw new RegisterImportException("Cannot read register " + file + ": it is not an Excel .xlsx workbook.", null);
            }
            return new XSSFWorkbook(in);
        } catch (RegisterImportException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new RegisterImportException("Cannot read register " + file + ": the workbook is password-protected.", e);
        } catch (IOException | RuntimeException e) {
            throw new RegisterImportException("Cannot read register " + file + ": it is not a readable Excel workbook ("
                    + e.getMessage() + ").", e);
        }
    }

    private Sheet sheet(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            issues.add(new RegisterIssue(Severity.ERROR, name, 0, "", "the sheet '" + name + "' is missing."));
        }
        return sheet;
    }

    private void readSheet(Sheet sheet, List<RegisterColumn> columns, SubMonitor monitor) {
        String name = sheet.getSheetName();
        if (!headerMatches(sheet, columns)) {
            return;
        }
        int last = sheet.getLastRowNum();
        if (last > RegisterLayout.MAX_ROWS) {
            issues.add(new RegisterIssue(Severity.ERROR, name, 0, "", "the sheet has " + last + " rows; at most "
                    + RegisterLayout.MAX_ROWS + " are accepted. Nothing was read from it."));
            return;
        }
        monitor.setWorkRemaining(last);
        Map<String, Integer> keys = new HashMap<>();
        for (int r = 1; r <= last; r++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            monitor.worked(1);
            Row row = sheet.getRow(r);
            if (row == null || blank(row, columns)) {
                continue;
            }
            List<RegisterIssue> rowIssues = new ArrayList<>();
            EObject staged = columns == RegisterLayout.PLACEMENT_COLUMNS ? readPlacement(name, row, rowIssues)
                    : readContract(name, row, rowIssues);
            String key = key(staged);
            int excelRow = r + 1;
            if (key != null) {
                Integer first = keys.putIfAbsent(key, excelRow);
                if (first != null) {
                    rowIssues.add(new RegisterIssue(Severity.ERROR, name, excelRow, RegisterLayout.describe(columns, 0),
                            "this row repeats the " + (staged instanceof Contract ? "contract reference" : "child reference and start date")
                                    + " of row " + first + "."));
                }
            }
            if (rowIssues.stream().noneMatch(i -> i.severity() == Severity.ERROR)) {
                rowIssues.addAll(validate(name, excelRow, columns, staged));
            }
            issues.addAll(rowIssues);
            RegisterRow parsed = new RegisterRow(name, excelRow, key, staged);
            if (rowIssues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
                rejected.add(parsed);
            } else {
                valid.add(parsed);
                if (staged instanceof Contract contract) {
                    stagedContracts.put(contract.getReference(), contract);
                }
            }
        }
    }

    private boolean headerMatches(Sheet sheet, List<RegisterColumn> columns) {
        Row header = sheet.getRow(0);
        boolean ok = true;
        for (int i = 0; i < columns.size(); i++) {
            String found = header == null ? "" : text(header.getCell(i));
            String expected = columns.get(i).header();
            if (!expected.equalsIgnoreCase(found == null ? "" : found.trim())) {
                issues.add(new RegisterIssue(Severity.ERROR, sheet.getSheetName(), 1, RegisterLayout.letter(i),
                        "the header is '" + (found == null ? "" : found) + "' but '" + expected
                                + "' was expected; the sheet layout is not the register's, so no row of it was read."));
                ok = false;
            }
        }
        return ok;
    }

    private boolean blank(Row row, List<RegisterColumn> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() != Kind.INFO) {
                String value = text(row.getCell(i));
                if (value != null && !value.isBlank()) {
                    return false;
                }
            }
        }
        return true;
    }

    private Placement readPlacement(String sheet, Row row, List<RegisterIssue> rowIssues) {
        Placement placement = HighNeedsFactory.eINSTANCE.createPlacement();
        readCells(sheet, row, RegisterLayout.PLACEMENT_COLUMNS, placement, rowIssues);
        if (placement.getChildRef() == null) {
            rowIssues.add(new RegisterIssue(Severity.ERROR, sheet, row.getRowNum() + 1,
                    RegisterLayout.describe(RegisterLayout.PLACEMENT_COLUMNS, 0), "the child reference is empty."));
        }
        if (placement.getStartDate() == null) {
            rowIssues.add(new RegisterIssue(Severity.ERROR, sheet, row.getRowNum() + 1,
                    RegisterLayout.describe(RegisterLayout.PLACEMENT_COLUMNS, 9), "the start date is empty."));
        }
        if (!placement.isSetCategory() && placement.getSetting() != null && placement.getSetting().getProvisionCategory() != null
                && placement.getSetting().isSetProvisionCategory()) {
            placement.setCategory(placement.getSetting().getProvisionCategory());
        }
        return placement;
    }

    private Contract readContract(String sheet, Row row, List<RegisterIssue> rowIssues) {
        Contract contract = HighNeedsFactory.eINSTANCE.createContract();
        readCells(sheet, row, RegisterLayout.CONTRACT_COLUMNS, contract, rowIssues);
        if (contract.getReference() == null) {
            rowIssues.add(new RegisterIssue(Severity.ERROR, sheet, row.getRowNum() + 1,
                    RegisterLayout.describe(RegisterLayout.CONTRACT_COLUMNS, 0), "the contract reference is empty."));
        }
        return contract;
    }

    @SuppressWarnings("unchecked")
    private void readCells(String sheet, Row row, List<RegisterColumn> columns, EObject target,
            List<RegisterIssue> rowIssues) {
        int excelRow = row.getRowNum() + 1;
        for (int i = 0; i < columns.size(); i++) {
            RegisterColumn column = columns.get(i);
            if (column.kind() == Kind.INFO) {
                continue;
            }
            Cell cell = row.getCell(i);
            String where = RegisterLayout.describe(columns, i);
            try {
                if (cell != null && cell.getCellType() == CellType.ERROR
                        || cell != null && cell.getCellType() == CellType.FORMULA
                                && cell.getCachedFormulaResultType() == CellType.ERROR) {
                    throw new CellProblem("the cell holds an Excel error (" + formatter.formatCellValue(cell) + ").");
                }
                String text = text(cell);
                if (text == null || text.isBlank()) {
                    continue;
                }
                text = text.trim();
                EStructuralFeature feature = column.feature();
                switch (column.kind()) {
                    case TEXT -> target.eSet(feature, text);
                    case INTEGER -> target.eSet(feature, integer(cell, text));
                    case MONEY, PERCENT -> target.eSet(feature, decimal(cell, text));
                    case DATE -> target.eSet(feature, date(cell, text));
                    case YES_NO -> target.eSet(feature, yesNo(text));
                    case ENUM -> {
                        Enumerator value = EnumValues.parse(column.eEnum(), text);
                        if (value == null) {
                            throw new CellProblem("'" + text + "' is not one of the allowed values ("
                                    + String.join(", ", EnumValues.displays(column.eEnum())) + ").");
                        }
                        target.eSet(feature, value);
                    }
                    case SETTING_URN -> target.eSet(feature, setting(text));
                    case SETTING_URNS -> {
                        List<Setting> settings = (List<Setting>) target.eGet(feature);
                        for (String urn : text.split("[;,]")) {
                            if (!urn.isBlank()) {
                                settings.add(setting(urn.trim()));
                            }
                        }
                    }
                    case PROVISION_CODE -> target.eSet(feature, provision(text));
                    case LA_CODE -> target.eSet(feature, authority(text));
                    case CONTRACT_REFERENCE -> {
                        // Kept aside: setting Placement.contract would add the staged row to the model's contract.
                        if (!stagedContracts.containsKey(text) && contractInModel(text) == null) {
                            throw new CellProblem("no contract '" + text + "' in the model or in the Contracts sheet.");
                        }
                        contractOfPlacement.put((Placement) target, text);
                    }
                    default -> throw new IllegalStateException(column.kind().toString());
                }
            } catch (CellProblem problem) {
                rowIssues.add(new RegisterIssue(Severity.ERROR, sheet, excelRow, where, problem.getMessage()));
            }
        }
    }

    private List<RegisterIssue> validate(String sheet, int excelRow, List<RegisterColumn> columns, EObject staged) {
        List<RegisterIssue> found = new ArrayList<>();
        for (Diagnostic d : ModelValidation.validateShallow(staged, null, ModelLabels.INSTANCE)) {
            EStructuralFeature feature = d.getData().size() > 1 && d.getData().get(1) instanceof EStructuralFeature f ? f : null;
            String where = "";
            for (int i = 0; i < columns.size(); i++) {
                if (feature != null && columns.get(i).feature() == feature) {
                    where = RegisterLayout.describe(columns, i);
                }
            }
            found.add(new RegisterIssue(d.getSeverity() == Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING, sheet,
                    excelRow, where, d.getMessage()));
        }
        return found;
    }

    private static String key(EObject staged) {
        if (staged instanceof Contract contract) {
            return contract.getReference();
        }
        Placement placement = (Placement) staged;
        return placement.getChildRef() == null || placement.getStartDate() == null ? null
                : placement.getChildRef() + "@" + placement.getStartDate();
    }

    private String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                yield BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? "Y" : "N";
            case BLANK, _NONE -> null;
            default -> formatter.formatCellValue(cell);
        };
    }

    private static Integer integer(Cell cell, String text) throws CellProblem {
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CellProblem("'" + text + "' is not a whole number.");
        }
    }

    private static BigDecimal decimal(Cell cell, String text) throws CellProblem {
        if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            // Excel holds doubles: round to pennies so 45000.1 does not come back as 45000.099999.
            return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros();
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("£", "").replace("%", "").trim());
        } catch (NumberFormatException e) {
            throw new CellProblem("'" + text + "' is not a number.");
        }
    }

    private static LocalDate date(Cell cell, String text) throws CellProblem {
        if (cell.getCellType() == CellType.NUMERIC) {
            double serial = cell.getNumericCellValue();
            if (!DateUtil.isValidExcelDate(serial)) {
                throw new CellProblem("'" + text + "' is not a date (use yyyy-mm-dd).");
            }
            return DateUtil.getLocalDateTime(serial).toLocalDate();
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, UK_DATE);
            } catch (DateTimeParseException e2) {
                throw new CellProblem("'" + text + "' is not a date (use yyyy-mm-dd).");
            }
        }
    }

    private static Boolean yesNo(String text) throws CellProblem {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true" -> Boolean.TRUE;
            case "n", "no", "false" -> Boolean.FALSE;
            default -> throw new CellProblem("'" + text + "' is not Y or N.");
        };
    }

    private Setting setting(String urn) throws CellProblem {
        for (Setting setting : model.getSettings()) {
            if (urn.equals(setting.getUrn())) {
                return setting;
            }
        }
        throw new CellProblem("no setting with URN " + urn + " in the model.");
    }

    private Provision provision(String code) throws CellProblem {
        for (Setting setting : model.getSettings()) {
            for (Provision provision : setting.getProvisions()) {
                if (code.equals(provision.getCode())) {
                    return provision;
                }
            }
        }
        throw new CellProblem("no provision with code '" + code + "' in the model.");
    }

    private LocalAuthority authority(String code) throws CellProblem {
        for (LocalAuthority la : model.getAuthorities()) {
            if (code.equals(la.getLaCode())) {
                return la;
            }
        }
        throw new CellProblem("no LA with code " + code + " in the model.");
    }

    private Contract contractInModel(String reference) {
        for (Contract contract : model.getContracts()) {
            if (reference.equals(contract.getReference())) {
                return contract;
            }
        }
        return null;
    }

    /** A cell that cannot be read; the message says why. */
    private static final class CellProblem extends Exception {
        private static final long serialVersionUID = 1L;

        CellProblem(String message) {
            super(message, null, false, false);
        }
    }

    static {
        HighNeedsPackage.eINSTANCE.eClass();
    }
}
