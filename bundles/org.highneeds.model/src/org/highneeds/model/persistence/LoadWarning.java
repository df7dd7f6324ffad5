package org.highneeds.model.persistence;

/**
 * A problem found while loading that did not stop the load, e.g. an unknown field written by a newer version.
 *
 * @param file the file (URI) concerned
 * @param object plain-English label of the object, or null for the whole file
 * @param feature the field name as written in the file, or null
 * @param message a complete sentence for the user
 */
public record LoadWarning(String file, String object, String feature, String message) {
}
