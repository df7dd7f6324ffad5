package org.highneeds.sql;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Remembers the last value typed for each named parameter, persisted as a UTF-8 properties file. */
public final class ParameterStore {

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private ParameterStore(Path file) {
        this.file = file;
    }

    /**
     * Opens the store, loading the file if it exists.
     *
     * @throws IOException naming the file when it exists but cannot be read
     */
    public static ParameterStore open(Path file) throws IOException {
        ParameterStore store = new ParameterStore(file);
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new IOException("Cannot read parameter values from " + file + ": " + e.getMessage(), e);
            }
            for (String k : p.stringPropertyNames()) {
                store.values.put(k, p.getProperty(k));
            }
        }
        return store;
    }

    /** The last value of a parameter, or null. */
    public synchronized String get(String name) {
        return values.get(name);
    }

    /** Records a value (null forgets it); call {@link #save()} to persist. */
    public synchronized void put(String name, String value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
    }

    /** All remembered values, sorted by name. */
    public synchronized Map<String, String> values() {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** Writes the file atomically (temp file then move) so a crash cannot leave it half written. */
    public synchronized void save() throws IOException {
        Properties p = new Properties();
        p.putAll(values);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve(".params" + java.util.UUID.randomUUID() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "High Needs Workbench SQL parameter values");
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
