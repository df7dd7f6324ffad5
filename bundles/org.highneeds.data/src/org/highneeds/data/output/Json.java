package org.highneeds.data.output;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;

/**
 * The one JSON helper of the workbench (over Jackson's streaming generator and parser): flat objects for result rows
 * and history lines, and a writer for nested documents such as benchmark tables. Strings are escaped as JSON requires,
 * control characters as {@code \}{@code u00xx} (lower case) except {@code \n \r \t}, and the line and paragraph
 * separators too, so a line of output stays one line for any reader.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new Escapes()).build();

    private final StringWriter text = new StringWriter();
    private final JsonGenerator generator;
    private Function<Double, String> doubles = String::valueOf;

    private Json(boolean spaced) {
        try {
            generator = FACTORY.createGenerator(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        generator.setPrettyPrinter(spaced ? new Spaced() : new MinimalPrettyPrinter());
    }

    /** A writer without whitespace: {@code {"a":1,"b":[2,3]}}. */
    public static Json compact() {
        return new Json(false);
    }

    /** A writer with a space after each comma and colon: {@code {"a": 1, "b": [2, 3]}}. */
    public static Json spaced() {
        return new Json(true);
    }

    /** A flat object without whitespace; values are strings, numbers, booleans or null (anything else as its text). */
    public static String object(Map<String, ?> fields) {
        return compact().flat(fields).toString();
    }

    /** A flat object with a space after each comma and colon. */
    public static String spacedObject(Map<String, ?> fields) {
        return spaced().flat(fields).toString();
    }

    /** The JSON string literal of {@code s}. */
    public static String quote(String s) {
        return compact().value(s).toString();
    }

    /** Writes doubles as {@code format} gives them (default {@link Double#toString}); NaN and infinities are null. */
    public Json doubles(Function<Double, String> format) {
        this.doubles = format;
        return this;
    }

    /** Starts an object. */
    public Json startObject() {
        return write(JsonGenerator::writeStartObject);
    }

    /** Ends the object. */
    public Json endObject() {
        return write(JsonGenerator::writeEndObject);
    }

    /** Starts an array. */
    public Json startArray() {
        return write(JsonGenerator::writeStartArray);
    }

    /** Ends the array. */
    public Json endArray() {
        return write(JsonGenerator::writeEndArray);
    }

    /** The name of the next field of the object. */
    public Json name(String name) {
        return write(g -> g.writeFieldName(name));
    }

    /** A field of the object: {@link #name} then {@link #value}. */
    public Json field(String name, Object value) {
        return name(name).value(value);
    }

    /** A value: null, a number (as its text; doubles as {@link #doubles} formats them), a boolean, or a string (anything else as its text). */
    public Json value(Object v) {
        return write(g -> {
            if (v == null) {
                g.writeNull();
            } else if (v instanceof Double d) {
                if (d.isNaN() || d.isInfinite()) {
                    g.writeNull();
                } else {
                    g.writeNumber(doubles.apply(d));
                }
            } else if (v instanceof Number n) {
                g.writeNumber(n.toString());
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeString(v.toString());
            }
        });
    }

    private Json flat(Map<String, ?> fields) {
        startObject();
        fields.forEach(this::field);
        return endObject();
    }

    private interface Step {
        void run(JsonGenerator g) throws IOException;
    }

    private Json write(Step step) {
        try {
            step.run(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail; a misuse (value without name) does
        }
        return this;
    }

    /** The JSON written so far. */
    @Override
    public String toString() {
        try {
            generator.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Parses a flat object; numbers come back as Long or Double.
     *
     * @throws IllegalArgumentException with the character position on malformed input, or on nested values
     */
    public static Map<String, Object> parseObject(String text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("Expected '{' at character " + p.currentTokenLocation().getCharOffset());
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                fields.put(name, switch (v) {
                    case VALUE_STRING -> p.getText();
                    case VALUE_NUMBER_INT -> p.getLongValue();
                    case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> null;
                    default -> throw new IllegalArgumentException("Unexpected " + p.getText() + " (not a string, number, "
                            + "boolean or null) at character " + p.currentTokenLocation().getCharOffset());
                });
            }
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("Unexpected text after JSON object at character "
                        + p.currentTokenLocation().getCharOffset());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + " at character " + e.getLocation().getCharOffset(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }

    /** Control characters as {@code \}{@code u00xx} rather than Jackson's {@code \b}, {@code \f} and upper-case hex. */
    private static final class Escapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        Escapes() {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\n' && c != '\r' && c != '\t') {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 || ch == '\u2028' || ch == '\u2029' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }

    /** {@code ", "} between entries and {@code ": "} after names. */
    private static final class Spaced extends MinimalPrettyPrinter {

        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
