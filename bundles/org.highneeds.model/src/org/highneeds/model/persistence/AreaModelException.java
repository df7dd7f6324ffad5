package org.highneeds.model.persistence;

import java.io.IOException;
import java.util.List;

/** A model file could not be loaded or saved; the message names the file and, where known, line and column. */
public class AreaModelException extends IOException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** Creates an exception listing every problem found (the message holds them all). */
    public AreaModelException(String message, List<String> problems, Throwable cause) {
        super(message + (problems.isEmpty() ? "" : "\n - " + String.join("\n - ", problems)), cause);
        this.problems = List.copyOf(problems);
    }

    /** Returns the individual problems, one sentence each. */
    public List<String> getProblems() {
        return problems;
    }
}
