package org.highneeds.data.internal.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;

/** Opens the right {@link SheetReader} for a file by its content (zip parts) and name. */
public final class SheetReaders {

    /** The spreadsheet formats understood. */
    public enum Format {
        /** Office Open XML workbook. */
        XLSX,
        /** OpenDocument spreadsheet. */
        ODS,
        /** Comma-separated values. */
        CSV,
        /** Anything else. */
        UNKNOWN
    }

    private SheetReaders() {
    }

    /** Opens {@code path} with the default {@link SheetLimits}. */
    public static SheetReader open(Path path) throws ImportException {
        return open(path, SheetLimits.DEFAULT);
    }

    /** Opens {@code path} with {@code limits}; the format is decided from the first bytes, then the name. */
    public static SheetReader open(Path path, SheetLimits limits) throws ImportException {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(256);
        } catch (IOException e) {
            throw new ImportException(new ImportLocation(path.getFileName().toString(), null, 0, 0, null),
                    "cannot read the file (" + e + ")", e);
        }
        return switch (detect(path.getFileName().toString(), head)) {
            case XLSX -> new XlsxSheetReader(path, limits);
            case ODS -> new OdsSheetReader(path, limits);
            case CSV -> new CsvSheetReader(path, limits);
            case UNKNOWN -> throw new ImportException(new ImportLocation(path.getFileName().toString(), null, 0, 0, null),
                    head.length == 0 ? "the file is empty (0 bytes)" : "not a spreadsheet (xlsx, ods or csv)");
        };
    }

    /**
     * Decides the format from the file name and its first bytes: a zip whose first entry is the ODF
     * {@code mimetype} is ods, another zip named .xlsx/.xlsm (or any zip) is xlsx, text named .csv is csv.
     */
    public static Format detect(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (zip) {
            String ascii = new String(head, 0, Math.min(head.length, 256), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (ascii.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") || name.endsWith(".ods")) return Format.ODS;
            return Format.XLSX;
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) return Format.XLSX; // broken zip: let the reader explain
        if (name.endsWith(".ods")) return Format.ODS;
        if (name.endsWith(".csv") || name.endsWith(".txt")) return Format.CSV;
        return Format.UNKNOWN;
    }
}
