package org.highneeds.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.highneeds.data.SqlQuoting;
import org.highneeds.sql.internal.lex.SqlLexer;
import org.highneeds.sql.internal.lex.Token;
import org.highneeds.sql.internal.lex.TokenType;

/**
 * A statement with {@code :name} parameters rewritten to JDBC {@code ?} placeholders.
 * Parameters inside strings, comments and quoted identifiers, and {@code ::} casts, are left alone.
 *
 * @param originalSql    the statement as written
 * @param jdbcSql        the statement with each {@code :name} replaced by {@code ?}
 * @param placeholderNames parameter name for each {@code ?} in order (a repeated name appears again)
 * @param names          distinct parameter names in order of first use
 */
public record NamedParameters(String originalSql, String jdbcSql, List<String> placeholderNames, List<String> names) {

    /** Parses {@code :name} parameters out of one statement. */
    public static NamedParameters parse(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<String> order = new ArrayList<>();
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (Token t : SqlLexer.tokenize(sql)) {
            if (t.type() == TokenType.NAMED_PARAMETER) {
                String name = t.text().substring(1);
                order.add(name);
                distinct.add(name);
                jdbc.append('?');
            } else {
                jdbc.append(t.text());
            }
        }
        return new NamedParameters(sql, jdbc.toString(), List.copyOf(order), List.copyOf(distinct));
    }

    /**
     * Maps an offset in {@link #jdbcSql()} back to the same place in {@link #originalSql()}, so DuckDB's
     * error positions (reported in the {@code ?} text) land on the text the user wrote.
     */
    public int originalOffset(int jdbcOffset) {
        int shift = 0;
        int jdbcPos = 0;
        int origPos = 0;
        for (Token t : SqlLexer.tokenize(originalSql)) {
            int jdbcLen = t.type() == TokenType.NAMED_PARAMETER ? 1 : t.text().length();
            if (jdbcOffset < jdbcPos + jdbcLen) {
                return t.type() == TokenType.NAMED_PARAMETER ? origPos : origPos + (jdbcOffset - jdbcPos);
            }
            jdbcPos += jdbcLen;
            origPos += t.text().length();
            shift = origPos - jdbcPos;
        }
        return Math.min(originalSql.length(), jdbcOffset + shift);
    }

    /** True when the statement has at least one named parameter. */
    public boolean hasParameters() {
        return !names.isEmpty();
    }

    /**
     * Binds values to the placeholders in order. A String value is bound as text and DuckDB casts it
     * to the type the context needs (checked: {@code int_col >= ?} with "5" works); other values use setObject.
     *
     * @throws IllegalArgumentException naming the first parameter that has no value
     */
    public void bind(PreparedStatement statement, Map<String, ?> values) throws SQLException {
        for (String name : names) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value given for parameter :" + name);
            }
        }
        for (int i = 0; i < placeholderNames.size(); i++) {
            Object v = values.get(placeholderNames.get(i));
            if (v == null) {
                statement.setObject(i + 1, null);
            } else if (v instanceof String s) {
                statement.setString(i + 1, s);
            } else {
                statement.setObject(i + 1, v);
            }
        }
    }

    /** Inlines values as SQL literals, for statements DuckDB cannot prepare (e.g. COPY TO) and for history. */
    public String inline(Map<String, ?> values) {
        StringBuilder out = new StringBuilder();
        for (Token t : SqlLexer.tokenize(originalSql)) {
            if (t.type() == TokenType.NAMED_PARAMETER) {
                String name = t.text().substring(1);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("No value given for parameter :" + name);
                }
                out.append(literal(values.get(name)));
            } else {
                out.append(t.text());
            }
        }
        return out.toString();
    }

    /** SQL literal for a value: NULL, numbers and booleans bare, anything else as a quoted string. */
    public static String literal(Object v) {
        if (v == null) {
            return "NULL";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return SqlQuoting.literal(v.toString());
    }
}
