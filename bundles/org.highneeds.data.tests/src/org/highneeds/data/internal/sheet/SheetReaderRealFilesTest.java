package org.highneeds.data.internal.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.highneeds.data.imports.ImportException;
import org.highneeds.testing.SharedData;
import org.junit.jupiter.api.Test;

/** The streaming readers against real published files. */
class SheetReaderRealFilesTest {

    @Test
    void xlsxReaderGivesTypedCellsOfTheNeighboursSheet() throws Exception {
        try (SheetReader r = SheetReaders.open(SharedData.file("statistical-neighbours", "sn_may_2025.xlsx"))) {
            assertInstanceOf(XlsxSheetReader.class, r);
            assertEquals(List.of("LA SN Groups"), r.sheetNames());
            AtomicReference<SheetRow> barnet = new AtomicReference<>();
            r.read("LA SN Groups", row -> {
                if (row.rowNumber() == 5) barnet.set(row);
                return row.rowNumber() < 5;
            }, new NullProgressMonitor());
            SheetRow row = barnet.get();
            assertEquals(CellType.NUMBER, row.cell(1).type());
            assertEquals(302.0, row.cell(1).number());
            assertEquals("Barnet", row.text(2));
            assertEquals(CellType.TEXT, row.cell(5).type());
            assertEquals("London (Outer)", row.text(5));
            assertEquals("320", row.text(6)); // SN1 of Barnet
            assertEquals(25, row.lastColumn());
        }
    }

    @Test
    void xlsxReaderKeepsErrorCellsWithTheirText() throws Exception {
        try (SheetReader r = SheetReaders.open(SharedData.file("high-needs-finance", "high_needs_benchmarking_data_2021-22.xlsx"))) {
            List<SheetRow> rows = r.head("Sheet1", 6); // rows 1 and 7 are empty
            SheetRow derby = rows.get(rows.size() - 1);
            assertEquals(8, derby.rowNumber());
            assertEquals("Derby", derby.text(4));
            SheetCell ar = derby.cell(44); // AR
            assertEquals("AR", ar.columnLetters());
            assertEquals(CellType.ERROR, ar.type());
            assertEquals("#REF!", ar.text());
            assertEquals(9679280.0, derby.cell(16).number()); // P8 place funding
            // whole sheet: count error cells by kind (PROVENANCE.md: #REF! x2310, #N/A x294, #DIV/0! x56)
            int[] counts = new int[3];
            r.read("Sheet1", row -> {
                for (SheetCell c : row.cells()) {
                    if (c.type() == CellType.ERROR) {
                        switch (c.text()) {
                            case "#REF!" -> counts[0]++;
                            case "#N/A" -> counts[1]++;
                            case "#DIV/0!" -> counts[2]++;
                            default -> throw new AssertionError(c.text());
                        }
                    }
                }
                return true;
            }, new NullProgressMonitor());
            assertEquals(2310, counts[0]);
            assertEquals(294, counts[1]);
            assertEquals(56, counts[2]);
        }
    }

    @Test
    void odsReaderSkipsHugeRepeatsAndReadsValues() throws Exception {
        try (SheetReader r = SheetReaders.open(SharedData.file("high-needs-finance", "dsg_allocations_summary_2019-20_to_2023-24_amalgamated.ods"))) {
            assertInstanceOf(OdsSheetReader.class, r);
            assertEquals(List.of("Information", "Allocations_2324", "Allocations_2223", "Allocations_2122",
                    "Allocations_2021", "Allocations_1920"), r.sheetNames());
            // Information ends with 1,048,549 repeated empty rows x 16,384 columns: must be skipped, not expanded
            List<SheetRow> rows = new ArrayList<>();
            long t0 = System.nanoTime();
            r.read("Information", rows::add, new NullProgressMonitor());
            assertTrue(System.nanoTime() - t0 < 5_000_000_000L);
            assertTrue(rows.size() < 40, "rows " + rows.size());
            assertTrue(rows.get(0).text(2).startsWith("This spreadsheet is an amalgamation"));
            List<SheetRow> y1920 = r.head("Allocations_1920", 6);
            SheetRow england = y1920.get(4);
            assertEquals("ENGLAND", england.text(1));
            assertEquals(6279.1231393204043, england.cell(5).number(), 1e-9); // HNB 2019-20, GBP million
        }
    }

    @Test
    void odsReaderReadsDsgWorkbook() throws Exception {
        try (SheetReader r = SheetReaders.open(SharedData.file("high-needs-finance", "dedicated-schools-grant_2023-to-2024_published-2023-07-20.ods"))) {
            assertEquals("Allocations_summary", r.sheetNames().get(1));
            List<SheetRow> rows = r.head("High_needs_block", 5);
            assertEquals("ENGLAND", rows.get(3).text(1));
            assertEquals(9952172126.0, rows.get(3).cell(11).number());
            assertEquals(202.0, rows.get(4).cell(1).number());
            assertEquals("Camden", rows.get(4).text(2));
        }
    }

    @Test
    void readingCanBeCancelled() throws Exception {
        try (SheetReader r = SheetReaders.open(SharedData.file("high-needs-finance", "high_needs_benchmarking_data_2021-22.xlsx"))) {
            NullProgressMonitor monitor = new NullProgressMonitor();
            AtomicInteger seen = new AtomicInteger();
            assertThrows(OperationCanceledException.class, () -> r.read("Sheet1", row -> {
                if (seen.incrementAndGet() == 10) monitor.setCanceled(true);
                return true;
            }, monitor));
            assertEquals(10, seen.get());
        }
    }

    @Test
    void unknownSheetIsAClearError() throws Exception {
        try (SheetReader r = SheetReaders.open(SharedData.file("statistical-neighbours", "la_code_list.xlsx"))) {
            ImportException e = assertThrows(ImportException.class, () -> r.head("Nope", 1));
            assertEquals("la_code_list.xlsx, sheet 'Nope': no sheet named 'Nope'; the workbook has [Sheet1]", e.getMessage());
        }
    }
}
