package org.highneeds.model.register;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.highneeds.model.Contract;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.Placement;
import org.highneeds.model.Setting;
import org.highneeds.model.persistence.AtomicFiles;

/**
 * Writes the commissioners' register (placements and contracts) to an xlsx workbook: header row, frozen panes,
 * column widths and drop-down lists for need, placement category, reason, transition point, contract kind.
 */
public final class RegisterExporter {

    /** Rows below the data that still get drop-downs, so new rows can be typed in. */
    private static final int SPARE_ROWS = 500;

    private RegisterExporter() {
    }

    /** Exports the model's placements and contracts to {@code file}, written atomically. */
    public static void export(LocalAreaModel model, Path file, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting register", 3);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writeLists(workbook);
            Sheet placements = workbook.createSheet(RegisterLayout.PLACEMENTS);
            Sheet contracts = workbook.createSheet(RegisterLayout.CONTRACTS);
            workbook.setSheetHidden(workbook.getSheetIndex(RegisterLayout.LISTS), true);
            workbook.setActiveSheet(workbook.getSheetIndex(placements));
            workbook.setSheetOrder(RegisterLayout.LISTS, 2);

            List<Placement> placementList = model.getPlacements();
            header(placements, RegisterLayout.PLACEMENT_COLUMNS, styles);
            int r = 1;
            for (Placement placement : placementList) {
                check(progress);
                writeRow(placements.createRow(r++), RegisterLayout.PLACEMENT_COLUMNS, placement, styles);
            }
            finish(placements, RegisterLayout.PLACEMENT_COLUMNS, r);
            progress.worked(1);

            header(contracts, RegisterLayout.CONTRACT_COLUMNS, styles);
            r = 1;
            for (Contract contract : model.getContracts()) {
                check(progress);
                writeRow(contracts.createRow(r++), RegisterLayout.CONTRACT_COLUMNS, contract, styles);
            }
            finish(contracts, RegisterLayout.CONTRACT_COLUMNS, r);
            progress.worked(1);
            AtomicFiles.write(file, workbook::write);
            progress.worked(1);
        }
    }

    private static void writeLists(XSSFWorkbook workbook) {
        Sheet lists = workbook.createSheet(RegisterLayout.LISTS);
        int column = 0;
        for (RegisterColumn c : distinctListColumns()) {
            List<String> values = c.kind() == RegisterColumn.Kind.YES_NO ? List.of("Y", "N") : EnumValues.displays(c.eEnum());
            Row head = row(lists, 0);
            head.createCell(column).setCellValue(c.listName());
            for (int i = 0; i < values.size(); i++) {
                row(lists, i + 1).createCell(column).setCellValue(values.get(i));
            }
            Name name = workbook.createName();
            name.setNameName(c.listName());
            String letter = RegisterLayout.letter(column);
            name.setRefersToFormula("'" + RegisterLayout.LISTS + "'!$" + letter + "$2:$" + letter + "$" + (values.size() + 1));
            lists.setColumnWidth(column, 45 * 256);
            column++;
        }
    }

    private static List<RegisterColumn> distinctListColumns() {
        return java.util.stream.Stream.concat(RegisterLayout.PLACEMENT_COLUMNS.stream(), RegisterLayout.CONTRACT_COLUMNS.stream())
                .filter(c -> c.listName() != null)
                .collect(Collectors.toMap(RegisterColumn::listName, c -> c, (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    private static void header(Sheet sheet, List<RegisterColumn> columns, Styles styles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width() + 2) * 256);
        }
        sheet.createFreezePane(1, 1);
    }

    private static void finish(Sheet sheet, List<RegisterColumn> columns, int rows) {
        int last = Math.min(rows + SPARE_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows - 1, 0), 0, columns.size() - 1));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < columns.size(); i++) {
            RegisterColumn column = columns.get(i);
            DataValidationConstraint constraint;
            if (column.listName() != null) {
                constraint = helper.createFormulaListConstraint(column.listName());
            } else if (column.kind() == RegisterColumn.Kind.DATE) {
                constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                        "DATE(1990,1,1)", "DATE(2100,12,31)", "yyyy-mm-dd");
            } else if (column.kind() == RegisterColumn.Kind.PERCENT) {
                constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100");
            } else if (column.kind() == RegisterColumn.Kind.MONEY || column.kind() == RegisterColumn.Kind.INTEGER) {
                constraint = helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            } else {
                continue;
            }
            DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(1, last, i, i));
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(column.header(), column.listName() != null ? "Pick a value from the list."
                    : column.kind() == RegisterColumn.Kind.DATE ? "Enter a date (yyyy-mm-dd)."
                    : column.kind() == RegisterColumn.Kind.PERCENT ? "Enter a percentage between 0 and 100."
                    : "Enter a number of 0 or more.");
            validation.setEmptyCellAllowed(true);
            sheet.addValidationData(validation);
        }
    }

    private static void writeRow(Row row, List<RegisterColumn> columns, EObject object, Styles styles) {
        for (int i = 0; i < columns.size(); i++) {
            RegisterColumn column = columns.get(i);
            Object value = column.feature() != null ? object.eGet(column.feature()) : null;
            if (column.feature() != null && !column.feature().isMany() && column.feature().isUnsettable()
                    && !object.eIsSet(column.feature())) {
                value = null;
            }
            Cell cell = row.createCell(i);
            switch (column.kind()) {
                case TEXT -> setText(cell, (String) value, styles.text);
                case INTEGER -> {
                    if (value instanceof Integer n) {
                        cell.setCellValue(n);
                    }
                }
                case MONEY -> setDecimal(cell, (BigDecimal) value, styles.money);
                case PERCENT -> setDecimal(cell, (BigDecimal) value, styles.percent);
                case DATE -> {
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(styles.date);
                    }
                }
                case YES_NO -> cell.setCellValue(Boolean.TRUE.equals(value) ? "Y" : "N");
                case ENUM -> setText(cell, EnumValues.display((EEnum) column.feature().getEType(), value), null);
                case SETTING_URN -> setText(cell, value instanceof Setting s ? s.getUrn() : null, styles.text);
                case SETTING_URNS -> setText(cell, ((List<?>) value).stream().map(s -> ((Setting) s).getUrn())
                        .collect(Collectors.joining("; ")), styles.text);
                case PROVISION_CODE -> setText(cell, value instanceof org.highneeds.model.Provision p ? p.getCode() : null,
                        styles.text);
                case LA_CODE -> setText(cell, value instanceof org.highneeds.model.LocalAuthority la ? la.getLaCode() : null,
                        styles.text);
                case CONTRACT_REFERENCE -> setText(cell, value instanceof Contract c ? c.getReference() : null, styles.text);
                case INFO -> {
                    if (object instanceof Placement p && p.getSetting() != null) {
                        setText(cell, p.getSetting().getName(), null);
                    } else if (object instanceof Contract c) {
                        cell.setCellValue(c.getPlacements().size());
                    }
                    cell.setCellStyle(styles.info);
                }
                default -> throw new IllegalStateException(column.kind().toString());
            }
        }
    }

    private static void setText(Cell cell, String value, CellStyle style) {
        if (value != null) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void setDecimal(Cell cell, BigDecimal value, CellStyle style) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static void check(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    /** Cell styles of the workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle money;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle info;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            // Text format stops Excel turning URNs, LA codes and references into numbers or dates.
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            info = workbook.createCellStyle();
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            info.setFont(grey);
        }
    }

    static {
        // keep the package's metadata initialised before enum documentation is read
        HighNeedsPackage.eINSTANCE.eClass();
    }
}
