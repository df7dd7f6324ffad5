package org.highneeds.data.downloads;

import java.nio.file.Path;

/**
 * A file a download produced.
 *
 * @param file where it was saved
 * @param address the address it was downloaded from (the archive's or the page's for extracted files)
 * @param fromArchive true when it was extracted from a downloaded archive, which may hold files of several
 *     datasets: import it with automatic recognition rather than forcing the dataset
 */
public record DownloadedFile(Path file, String address, boolean fromArchive) {
}
