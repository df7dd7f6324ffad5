package org.highneeds.sql;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote.
 *
 * @param file     the file written
 * @param rows     data rows written
 * @param warnings things the user should know (cells cut to Excel's 32,767 characters, extra sheets ...)
 */
public record ExportReport(Path file, long rows, List<String> warnings) {
}
