package org.highneeds.sql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.highneeds.data.SqlQuoting;
import org.highneeds.sql.CompletionProposal.Kind;
import org.highneeds.sql.internal.StatementScope;
import org.highneeds.sql.internal.TableReference;
import org.highneeds.sql.internal.lex.SqlLexer;
import org.highneeds.sql.internal.lex.Token;
import org.highneeds.sql.internal.lex.TokenType;

/**
 * Proposes schemas, tables, columns, aliases, functions and keywords at a caret, from the cached live
 * catalog, with the descriptions ({@code COMMENT ON}) of tables, views and columns. Understands {@code alias.}, {@code table.}, {@code schema.} and {@code db.schema.} qualifiers
 * (quoted or not) using the FROM/JOIN clauses of the statement around the caret.
 */
public final class CompletionEngine {

    /** Most proposals returned. */
    public static final int MAX_PROPOSALS = 300;
    private static final Pattern SIMPLE_IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> TABLE_CONTEXT = Set.of("from", "join", "into", "update", "table", "describe",
            "summarize");

    private static final Set<String> COMMON_KEYWORDS = Set.of("SELECT", "FROM", "WHERE", "GROUP", "ORDER", "BY",
            "JOIN", "LEFT", "INNER", "ON", "AS", "AND", "OR", "NOT", "LIMIT", "HAVING", "DISTINCT", "CASE", "IN", "IS",
            "NULL", "LIKE", "BETWEEN", "WITH", "UNION", "ALL", "DESC", "ASC");
    private static final Set<String> CASE_KEYWORDS = Set.of("WHEN", "THEN", "ELSE");

    private final DuckDbCatalog catalog;

    /** An engine over a catalog (refresh the catalog, not the engine, after schema changes). */
    public CompletionEngine(DuckDbCatalog catalog) {
        this.catalog = catalog;
    }

    /** Proposals for the caret position in the script, best first; empty inside strings and comments. */
    public List<CompletionProposal> complete(String script, int caret) throws SQLException {
        return complete(catalog.snapshot(), script, caret);
    }

    /** Proposals against a given snapshot (pure function, for tests and for UI threads holding a snapshot). */
    public static List<CompletionProposal> complete(CatalogSnapshot cat, String script, int caret) {
        caret = Math.max(0, Math.min(caret, script.length()));
        List<Token> all = SqlLexer.tokenize(script);
        // the statement around the caret: between the semicolons either side
        int segStart = 0;
        int segEnd = script.length();
        Token atCaret = null;
        for (Token t : all) {
            if (t.type() == TokenType.SEMICOLON) {
                if (t.end() <= caret) {
                    segStart = t.end();
                } else if (t.start() >= caret && segEnd == script.length()) {
                    segEnd = t.start();
                }
            }
            if (t.start() < caret && caret <= t.end()) {
                atCaret = t;
            }
        }
        if (atCaret != null && (atCaret.type() == TokenType.STRING
                || (atCaret.type() == TokenType.COMMENT && (caret < atCaret.end() || atCaret.unterminated()
                || atCaret.text().startsWith("--"))))) {
            return List.of();
        }
        List<Token> sig = new ArrayList<>();
        for (Token t : all) {
            if (t.start() >= segStart && t.end() <= segEnd && t.significant()) {
                sig.add(t);
            }
        }
        // the prefix being typed
        String prefix = "";
        int replaceStart = caret;
        boolean quotedPrefix = false;
        int before; // index in sig of the last token before the prefix
        int idx = indexAt(sig, caret);
        if (idx >= 0 && (sig.get(idx).type() == TokenType.WORD || sig.get(idx).type() == TokenType.QUOTED_IDENTIFIER)) {
            Token p = sig.get(idx);
            quotedPrefix = p.type() == TokenType.QUOTED_IDENTIFIER;
            prefix = script.substring(p.start() + (quotedPrefix ? 1 : 0), caret);
            replaceStart = p.start();
            before = idx - 1;
        } else {
            before = lastBefore(sig, caret);
        }
        // qualifier chain: name . name . <prefix>
        List<String> qualifier = new ArrayList<>();
        int q = before;
        while (q >= 1 && sig.get(q).isSymbol(".") && isName(sig.get(q - 1))) {
            qualifier.add(0, sig.get(q - 1).identifier());
            q -= 2;
        }
        List<TableReference> scope = StatementScope.tables(sig);
        List<StatementScope.Cte> ctes = StatementScope.ctes(sig);
        List<CompletionProposal> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (!qualifier.isEmpty()) {
            qualified(cat, qualifier, scope, ctes, prefix, quotedPrefix, replaceStart, caret, out, seen);
        } else {
            String prevWord = q >= 0 && sig.get(q).type() == TokenType.WORD ? sig.get(q).text().toLowerCase(Locale.ROOT) : "";
            boolean tableContext = TABLE_CONTEXT.contains(prevWord)
                    || (q >= 0 && sig.get(q).isSymbol(",") && inFromList(sig, q));
            int tableBoost = tableContext ? 40 : 0;
            int columnBoost = tableContext ? 0 : 40;
            for (CatalogSnapshot.Table t : cat.tables()) {
                if (!t.schema().equals("main")) {
                    // not on the search path, so not usable unqualified (the workspace's staging tables in raw, the
                    // bookkeeping in meta, information_schema): reachable through "schema." completion
                    continue;
                }
                add(out, seen, cat, t.name(), t.view() ? Kind.VIEW : Kind.TABLE, t.qualifiedName(), prefix, quotedPrefix,
                        replaceStart, caret, 20 + tableBoost, false, t.description());
            }
            for (CatalogSnapshot.Schema s : cat.schemas()) {
                add(out, seen, cat, s.name(), Kind.SCHEMA, s.database(), prefix, quotedPrefix, replaceStart, caret,
                        15 + tableBoost, false);
            }
            for (StatementScope.Cte cte : ctes) {
                add(out, seen, cat, cte.name(), Kind.TABLE, "CTE", prefix, quotedPrefix, replaceStart, caret,
                        25 + tableBoost, false);
            }
            if (!tableContext) {
                for (TableReference ref : scope) {
                    if (ref.alias() != null) {
                        add(out, seen, cat, ref.alias(), Kind.ALIAS, String.join(".", ref.nameParts()), prefix,
                                quotedPrefix, replaceStart, caret, 25 + columnBoost, false);
                    }
                    for (CatalogSnapshot.Table t : resolve(cat, ref.nameParts())) {
                        for (CatalogSnapshot.Column c : t.columns()) {
                            add(out, seen, cat, c.name(), Kind.COLUMN, c.type() + " \u2013 " + t.name(), prefix,
                                    quotedPrefix, replaceStart, caret, 30 + columnBoost, false, c.description());
                        }
                    }
                    for (String c : cteColumns(ctes, ref.nameParts())) {
                        add(out, seen, cat, c, Kind.COLUMN, "CTE " + ref.tableName(), prefix, quotedPrefix, replaceStart,
                                caret, 30 + columnBoost, false);
                    }
                }
                if (!quotedPrefix) {
                    for (CatalogSnapshot.Function f : cat.functions()) {
                        if (!f.kind().equals("pragma")) {
                            add(out, seen, cat, f.name(), Kind.FUNCTION, f.kind(), prefix, false, replaceStart, caret,
                                    f.kind().startsWith("table") ? 5 : 10, true);
                        }
                    }
                }
            } else if (!quotedPrefix) {
                for (CatalogSnapshot.Function f : cat.functions()) {
                    if (f.kind().startsWith("table")) {
                        add(out, seen, cat, f.name(), Kind.FUNCTION, f.kind(), prefix, false, replaceStart, caret,
                                10 + tableBoost / 2, true);
                    }
                }
            }
            if (!quotedPrefix && !prefix.isEmpty()) {
                int caseDepth = 0;
                for (int i = 0; i <= q; i++) {
                    caseDepth += sig.get(i).isWord("case") ? 1 : sig.get(i).isWord("end") ? -1 : 0;
                }
                for (CatalogSnapshot.Keyword k : cat.keywords()) {
                    String word = k.name().toUpperCase(Locale.ROOT);
                    int base = 12 + (COMMON_KEYWORDS.contains(word) ? 3 : 0);
                    if (caseDepth <= 0 && CASE_KEYWORDS.contains(word)) {
                        base -= 6; // WHEN/THEN/ELSE only make sense inside CASE
                    } else if (caseDepth > 0 && (CASE_KEYWORDS.contains(word) || word.equals("END"))) {
                        base += 6;
                    }
                    add(out, seen, cat, word, Kind.KEYWORD, k.category(), prefix, false, replaceStart, caret, base, false);
                }
            }
        }
        out.sort(Comparator.comparingInt(CompletionProposal::score).reversed()
                .thenComparing(p -> p.label().length())
                .thenComparing(p -> p.label().toLowerCase(Locale.ROOT)));
        return out.size() > MAX_PROPOSALS ? List.copyOf(out.subList(0, MAX_PROPOSALS)) : List.copyOf(out);
    }

    private static void qualified(CatalogSnapshot cat, List<String> qualifier, List<TableReference> scope,
            List<StatementScope.Cte> ctes, String prefix, boolean quotedPrefix, int replaceStart, int caret,
            List<CompletionProposal> out, Set<String> seen) {
        List<CatalogSnapshot.Table> columnSources = new ArrayList<>();
        if (qualifier.size() == 1) {
            String name = qualifier.get(0);
            List<String> cteCols = new ArrayList<>();
            for (TableReference ref : scope) {
                boolean aliasMatch = ref.alias() != null
                        && (ref.quotedAlias() ? ref.alias().equals(name) : ref.alias().equalsIgnoreCase(name));
                boolean tableMatch = ref.alias() == null && ref.tableName().equalsIgnoreCase(name);
                if (aliasMatch || tableMatch) {
                    List<String> fromCte = cteColumns(ctes, ref.nameParts());
                    if (fromCte.isEmpty()) {
                        columnSources.addAll(resolve(cat, ref.nameParts()));
                    }
                    cteCols.addAll(fromCte);
                }
            }
            if (columnSources.isEmpty() && cteCols.isEmpty()) {
                columnSources.addAll(resolve(cat, qualifier));
                cteCols.addAll(cteColumns(ctes, qualifier));
            }
            for (String c : cteCols) {
                add(out, seen, cat, c, Kind.COLUMN, "CTE", prefix, quotedPrefix, replaceStart, caret, 50, false);
            }
        } else if (qualifier.size() <= 3) {
            columnSources.addAll(resolve(cat, qualifier));
        }
        for (CatalogSnapshot.Table t : columnSources) {
            for (CatalogSnapshot.Column c : t.columns()) {
                add(out, seen, cat, c.name(), Kind.COLUMN, c.type() + " \u2013 " + t.name(), prefix, quotedPrefix,
                        replaceStart, caret, 50, false, c.description());
            }
        }
        // schema.<tables> and db.schema.<tables>; db.<schemas>
        String schema = qualifier.get(qualifier.size() - 1);
        String db = qualifier.size() >= 2 ? qualifier.get(qualifier.size() - 2) : null;
        if (qualifier.size() <= 2) {
            for (CatalogSnapshot.Table t : cat.tables()) {
                if (t.schema().equalsIgnoreCase(schema) && (db == null || t.database().equalsIgnoreCase(db))) {
                    add(out, seen, cat, t.name(), t.view() ? Kind.VIEW : Kind.TABLE, t.qualifiedName(), prefix,
                            quotedPrefix, replaceStart, caret, 45, false, t.description());
                }
            }
        }
        if (qualifier.size() == 1) {
            for (CatalogSnapshot.Schema s : cat.schemas()) {
                if (s.database().equalsIgnoreCase(schema)) {
                    add(out, seen, cat, s.name(), Kind.SCHEMA, s.database(), prefix, quotedPrefix, replaceStart, caret,
                            40, false);
                }
            }
        }
    }

    /** Columns of the CTE a one-part name refers to; CTEs shadow catalog tables of the same name. */
    private static List<String> cteColumns(List<StatementScope.Cte> ctes, List<String> nameParts) {
        if (nameParts.size() != 1) {
            return List.of();
        }
        for (StatementScope.Cte cte : ctes) {
            if (cte.name().equalsIgnoreCase(nameParts.get(0))) {
                return cte.columns();
            }
        }
        return List.of();
    }

    /** Catalog tables a dotted name can mean: table, schema.table or db.schema.table (main schema first). */
    private static List<CatalogSnapshot.Table> resolve(CatalogSnapshot cat, List<String> parts) {
        List<CatalogSnapshot.Table> found = switch (parts.size()) {
            case 1 -> cat.findTables(null, null, parts.get(0));
            case 2 -> {
                List<CatalogSnapshot.Table> bySchema = cat.findTables(null, parts.get(0), parts.get(1));
                yield bySchema.isEmpty() ? cat.findTables(parts.get(0), "main", parts.get(1)) : bySchema;
            }
            case 3 -> cat.findTables(parts.get(0), parts.get(1), parts.get(2));
            default -> List.of();
        };
        if (parts.size() == 1 && found.size() > 1) {
            // an unqualified name means the search path's table: prefer schema main
            List<CatalogSnapshot.Table> main = found.stream().filter(t -> t.schema().equals("main")).toList();
            return main.isEmpty() ? found : main.subList(0, 1);
        }
        return found;
    }

    private static void add(List<CompletionProposal> out, Set<String> seen, CatalogSnapshot cat, String name, Kind kind,
            String detail, String prefix, boolean quotedPrefix, int replaceStart, int caret, int base, boolean function) {
        add(out, seen, cat, name, kind, detail, prefix, quotedPrefix, replaceStart, caret, base, function, null);
    }

    private static void add(List<CompletionProposal> out, Set<String> seen, CatalogSnapshot cat, String name, Kind kind,
            String detail, String prefix, boolean quotedPrefix, int replaceStart, int caret, int base, boolean function,
            String description) {
        int match = match(name, prefix);
        if (match == 0) {
            return;
        }
        if (!seen.add(kind + "\u0000" + name.toLowerCase(Locale.ROOT) + "\u0000"
                + (kind == Kind.COLUMN ? "" : detail))) {
            return;
        }
        String replacement;
        if (function || kind == Kind.KEYWORD) {
            replacement = function ? name + "(" : name;
        } else {
            replacement = quotedPrefix || needsQuotes(cat, name) ? SqlQuoting.identifier(name) : name;
        }
        out.add(new CompletionProposal(name, replacement, kind, detail, replaceStart, caret, match * 100 + base,
                description));
    }

    /** 3: case-sensitive prefix, 2: case-insensitive prefix, 1: contains, 0: no match. */
    private static int match(String name, String prefix) {
        if (prefix.isEmpty() || name.startsWith(prefix)) {
            return 3;
        }
        String n = name.toLowerCase(Locale.ROOT);
        String p = prefix.toLowerCase(Locale.ROOT);
        if (n.startsWith(p)) {
            return 2;
        }
        return n.contains(p) ? 1 : 0;
    }

    private static boolean needsQuotes(CatalogSnapshot cat, String name) {
        return !SIMPLE_IDENTIFIER.matcher(name).matches() || cat.isReserved(name);
    }

    private static boolean inFromList(List<Token> sig, int commaIndex) {
        for (int i = commaIndex - 1; i >= 0; i--) {
            Token t = sig.get(i);
            if (t.isWord("from")) {
                return true;
            }
            if (t.isWord("select") || t.isWord("where") || t.isSymbol("(") || t.isSymbol(")")) {
                return false;
            }
        }
        return false;
    }

    private static int indexAt(List<Token> sig, int caret) {
        for (int i = 0; i < sig.size(); i++) {
            if (sig.get(i).start() < caret && caret <= sig.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastBefore(List<Token> sig, int caret) {
        int r = -1;
        for (int i = 0; i < sig.size(); i++) {
            if (sig.get(i).end() <= caret) {
                r = i;
            }
        }
        return r;
    }

    private static boolean isName(Token t) {
        return t.type() == TokenType.WORD || t.type() == TokenType.QUOTED_IDENTIFIER;
    }
}
