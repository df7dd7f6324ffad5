package org.highneeds.data.internal.sheet;

import java.util.Locale;

import org.highneeds.data.imports.SourceFile;

/**
 * What can be seen of a file from its sniff buffer alone: its format, its lower-case name and the text of the zip
 * entries inside the buffer (workbook.xml, shared strings, the start of content.xml) or the text itself for CSV.
 */
public record Sniff(SheetReaders.Format format, String fileName, String text) {

    /** Sniffs {@code file} from {@link SourceFile#head()} only. */
    public static Sniff of(SourceFile file) {
        byte[] head = file.head();
        SheetReaders.Format f = SheetReaders.detect(file.fileName(), head);
        String text = switch (f) {
            case XLSX, ODS -> ZipSniffer.text(head);
            case CSV -> new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            case UNKNOWN -> "";
        };
        return new Sniff(f, file.fileName().toLowerCase(Locale.ROOT), text);
    }

    /** True when the sniffed text contains {@code s} (case-sensitive, as in the XML). */
    public boolean has(String s) {
        return text.contains(s);
    }

    /** True for a spreadsheet (xlsx or ods). */
    public boolean isWorkbook() {
        return format == SheetReaders.Format.XLSX || format == SheetReaders.Format.ODS;
    }
}
