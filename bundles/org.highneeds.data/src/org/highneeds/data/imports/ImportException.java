package org.highneeds.data.imports;

/** A fatal problem with an input file; the message always names where in the file it is. */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImportLocation location;

    /** Creates an exception for a problem at {@code location}. */
    public ImportException(ImportLocation location, String problem) {
        super(location + ": " + problem);
        this.location = location;
    }

    /** Creates an exception for a problem at {@code location} caused by {@code cause}. */
    public ImportException(ImportLocation location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
    }

    /** Where the problem is. */
    public ImportLocation location() {
        return location;
    }
}
