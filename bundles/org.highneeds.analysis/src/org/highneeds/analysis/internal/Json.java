package org.highneeds.analysis.internal;

/** A minimal JSON writer: enough for benchmark output, with correct string escaping and null for missing numbers. */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    Json open(char c) {
        comma();
        out.append(c);
        first = true;
        return this;
    }

    Json close(char c) {
        out.append(c);
        first = false;
        return this;
    }

    Json key(String k) {
        comma();
        string(k);
        out.append(':');
        first = true;
        return this;
    }

    Json field(String k, Object v) {
        key(k);
        return value(v);
    }

    Json value(Object v) {
        comma();
        if (v == null) out.append("null");
        else if (v instanceof Double d) out.append(d.isNaN() || d.isInfinite() ? "null" : Render.number(d));
        else if (v instanceof Number n) out.append(n);
        else if (v instanceof Boolean b) out.append(b);
        else string(v.toString());
        first = false;
        return this;
    }

    private void comma() {
        if (!first) out.append(',');
        first = false;
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
