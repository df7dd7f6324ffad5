package org.highneeds.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.highneeds.sql.internal.lex.Token;
import org.highneeds.sql.internal.lex.TokenType;

/** Finds the tables and aliases a statement brings into scope, from its significant tokens (tolerant of half-typed SQL). */
public final class StatementScope {

    /** Words that end a table reference, so they are never taken for an alias. */
    private static final Set<String> NOT_ALIAS = Set.of("where", "join", "on", "using", "left", "right", "inner",
            "outer", "full", "cross", "natural", "semi", "anti", "asof", "positional", "lateral", "group", "order",
            "having", "limit", "offset", "union", "intersect", "except", "window", "qualify", "set", "values",
            "select", "from", "returning", "by", "as", "default", "sample", "tablesample", "pivot", "unpivot");
    private static final Set<String> END_OF_FROM = Set.of("where", "group", "order", "having", "limit", "offset",
            "union", "intersect", "except", "window", "qualify", "select", "set", "values", "returning", "on", "using");

    private StatementScope() {
    }

    /** A common table expression: its name and the column names it is known to produce (maybe empty). */
    public record Cte(String name, List<String> columns) {
    }

    /**
     * CTEs defined by the statement's WITH clause. Columns come from an explicit list "name(a, b)" or
     * else from the body's top-level SELECT list ("expr AS x", "t.col", "col"); "*" gives none.
     */
    public static List<Cte> ctes(List<Token> sig) {
        List<Cte> out = new ArrayList<>();
        int i = 0;
        if (i < sig.size() && sig.get(i).isWord("with")) {
            i++;
            if (i < sig.size() && sig.get(i).isWord("recursive")) {
                i++;
            }
            while (i < sig.size() && isName(sig.get(i))) {
                String name = sig.get(i).identifier();
                i++;
                List<String> cols = new ArrayList<>();
                if (i < sig.size() && sig.get(i).isSymbol("(")) {
                    int end = skipParens(sig, i);
                    for (int k = i + 1; k < end - 1; k++) {
                        if (isName(sig.get(k))) {
                            cols.add(sig.get(k).identifier());
                        }
                    }
                    i = end;
                }
                while (i < sig.size() && !sig.get(i).isSymbol("(")) {
                    i++; // AS [NOT] [MATERIALIZED]
                }
                if (i >= sig.size()) {
                    out.add(new Cte(name, cols));
                    break;
                }
                int end = skipParens(sig, i);
                if (cols.isEmpty()) {
                    cols = selectListNames(sig, i + 1, end - 1);
                }
                out.add(new Cte(name, List.copyOf(cols)));
                i = end;
                if (i < sig.size() && sig.get(i).isSymbol(",")) {
                    i++;
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** Output names of "SELECT a, b AS c, t.d FROM ..." between from (inclusive) and to (exclusive). */
    private static List<String> selectListNames(List<Token> sig, int from, int to) {
        List<String> names = new ArrayList<>();
        if (from >= to || !sig.get(from).isWord("select")) {
            return names;
        }
        int i = from + 1;
        if (i < to && sig.get(i).isWord("distinct")) {
            i++;
        }
        int depth = 0;
        Token last = null;
        for (; i <= to; i++) {
            Token t = i < to ? sig.get(i) : null;
            boolean endOfItem = t == null || (depth == 0 && (t.isSymbol(",") || t.isWord("from")));
            if (endOfItem) {
                // "x AS name", "t.name" and "name" end in a name; "sum(x)", "1" and "*" do not
                if (last != null && isName(last)) {
                    names.add(last.identifier());
                }
                last = null;
                if (t == null || t.isWord("from")) {
                    break;
                }
                continue;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            if (depth == 0 || t.isSymbol("(")) {
                last = t;
            }
        }
        return names;
    }

    /** Table references of the statement, in order of appearance (subquery FROMs included). */
    public static List<TableReference> tables(List<Token> sig) {
        List<TableReference> out = new ArrayList<>();
        boolean inFrom = false;
        for (int i = 0; i < sig.size(); i++) {
            Token t = sig.get(i);
            if (t.isWord("from") || t.isWord("join") || t.isWord("update") || t.isWord("into")
                    || (t.isWord("table") && i > 0 && sig.get(i - 1).isWord("describe"))) {
                inFrom = t.isWord("from") || t.isWord("join");
                i = parseReference(sig, i + 1, out, inFrom) - 1;
            } else if (inFrom && t.isSymbol(",")) {
                i = parseReference(sig, i + 1, out, true) - 1;
            } else if (t.type() == TokenType.WORD && END_OF_FROM.contains(t.text().toLowerCase())) {
                inFrom = false;
            } else if (t.isSymbol("(")) {
                inFrom = false; // a subquery or function call starts: its own FROM will say so
            }
        }
        return out;
    }

    /** Parses "name[.name...] [AS] [alias]" from index i; returns the index after it. */
    private static int parseReference(List<Token> sig, int i, List<TableReference> out, boolean functionAllowed) {
        List<String> parts = new ArrayList<>();
        while (i < sig.size() && isName(sig.get(i))) {
            if (sig.get(i).type() == TokenType.WORD && NOT_ALIAS.contains(sig.get(i).text().toLowerCase()) && parts.isEmpty()) {
                return i;
            }
            parts.add(sig.get(i).identifier());
            if (i + 1 < sig.size() && sig.get(i + 1).isSymbol(".")) {
                i += 2;
            } else {
                i++;
                break;
            }
        }
        if (parts.isEmpty()) {
            return i; // a subquery: "(SELECT ...) alias" has no catalog table
        }
        if (functionAllowed && i < sig.size() && sig.get(i).isSymbol("(")) {
            i = skipParens(sig, i); // table function call: read_csv(...) alias
            parts = null;
        }
        if (i < sig.size() && sig.get(i).isWord("as")) {
            i++;
        }
        String alias = null;
        boolean quoted = false;
        if (i < sig.size() && isName(sig.get(i))
                && !(sig.get(i).type() == TokenType.WORD && NOT_ALIAS.contains(sig.get(i).text().toLowerCase()))) {
            alias = sig.get(i).identifier();
            quoted = sig.get(i).type() == TokenType.QUOTED_IDENTIFIER;
            i++;
            if (i < sig.size() && sig.get(i).isSymbol("(")) {
                i = skipParens(sig, i); // column aliases: t(a, b)
            }
        }
        if (parts != null) {
            out.add(new TableReference(List.copyOf(parts), alias, quoted));
        }
        return i;
    }

    private static int skipParens(List<Token> sig, int i) {
        int depth = 0;
        do {
            if (sig.get(i).isSymbol("(")) {
                depth++;
            } else if (sig.get(i).isSymbol(")")) {
                depth--;
            }
            i++;
        } while (i < sig.size() && depth > 0);
        return i;
    }

    private static boolean isName(Token t) {
        return t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENTIFIER;
    }
}
