package org.highneeds.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.highneeds.sql.internal.lex.SqlLexer;
import org.highneeds.sql.internal.lex.Token;
import org.highneeds.sql.internal.lex.TokenType;

/** Classifies a statement as read-only, writing or destructive from its leading keywords (comments skipped, CTEs looked through). */
public final class StatementClassifier {

    private static final Set<String> READ_PRAGMAS = Set.of("table_info", "show_tables", "show_tables_expanded",
            "database_list", "database_size", "storage_info", "version", "show", "functions", "collations",
            "platform", "user_agent", "metadata_info", "show_databases");

    private StatementClassifier() {
    }

    /** Classifies one statement's text. */
    public static StatementClassification classify(String sql) {
        List<Token> t = SqlLexer.significant(SqlLexer.tokenize(sql));
        return classify(t, 0);
    }

    private static StatementClassification classify(List<Token> t, int i) {
        while (i < t.size() && t.get(i).isSymbol("(")) {
            i++; // "(SELECT ...) UNION ..." starts with parentheses
        }
        if (i >= t.size()) {
            return new StatementClassification(StatementKind.UNKNOWN, "");
        }
        Token first = t.get(i);
        if (first.type() != TokenType.WORD) {
            return new StatementClassification(StatementKind.UNKNOWN, first.text());
        }
        String kw = first.text().toUpperCase(Locale.ROOT);
        String next = i + 1 < t.size() && t.get(i + 1).type() == TokenType.WORD
                ? t.get(i + 1).text().toUpperCase(Locale.ROOT) : "";
        switch (kw) {
            case "SELECT", "VALUES", "FROM", "TABLE", "SHOW", "DESCRIBE", "DESC", "SUMMARIZE", "PIVOT", "UNPIVOT",
                    "PIVOT_WIDER", "PIVOT_LONGER":
                return new StatementClassification(StatementKind.READ, kw);
            case "WITH":
                return classifyAfterCtes(t, i + 1);
            case "EXPLAIN": {
                int j = i + 1;
                if (j < t.size() && t.get(j).isWord("ANALYZE")) {
                    // EXPLAIN ANALYZE really runs the statement, so it is what the statement is
                    StatementClassification inner = classify(t, j + 1);
                    return inner.kind() == StatementKind.READ ? new StatementClassification(StatementKind.READ, "EXPLAIN")
                            : new StatementClassification(inner.kind(), "EXPLAIN ANALYZE " + inner.keyword());
                }
                return new StatementClassification(StatementKind.READ, "EXPLAIN");
            }
            case "PRAGMA": {
                String name = i + 1 < t.size() ? t.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
                boolean assignment = i + 2 < t.size() && t.get(i + 2).isSymbol("=");
                return new StatementClassification(READ_PRAGMAS.contains(name) && !assignment
                        ? StatementKind.READ : StatementKind.SESSION, "PRAGMA");
            }
            case "DROP", "DELETE", "TRUNCATE", "UPDATE", "ALTER", "ATTACH", "DETACH", "VACUUM", "MERGE", "IMPORT":
                return new StatementClassification(StatementKind.DESTRUCTIVE, kw);
            case "INSERT":
                // the brief counts every INSERT as destructive (it changes published tables analysts rely on)
                return new StatementClassification(StatementKind.DESTRUCTIVE,
                        next.equals("OR") ? "INSERT OR " + word(t, i + 2) : "INSERT");
            case "CREATE": {
                if (next.equals("OR") && i + 2 < t.size() && t.get(i + 2).isWord("REPLACE")) {
                    return new StatementClassification(StatementKind.DESTRUCTIVE, "CREATE OR REPLACE");
                }
                return new StatementClassification(StatementKind.WRITE, "CREATE");
            }
            case "COPY": {
                // COPY t FROM 'file' loads into a table; COPY (query) TO / COPY t TO writes a file
                int depth = 0;
                for (int j = i + 1; j < t.size(); j++) {
                    Token tok = t.get(j);
                    if (tok.isSymbol("(")) {
                        depth++;
                    } else if (tok.isSymbol(")")) {
                        depth--;
                    } else if (depth == 0 && tok.isWord("FROM")) {
                        return new StatementClassification(StatementKind.DESTRUCTIVE, "COPY FROM");
                    } else if (depth == 0 && tok.isWord("TO")) {
                        return new StatementClassification(StatementKind.WRITE, "COPY TO");
                    }
                }
                return new StatementClassification(StatementKind.WRITE, "COPY");
            }
            case "EXPORT", "CHECKPOINT", "FORCE", "COMMENT", "CALL":
                return new StatementClassification(StatementKind.WRITE, kw);
            case "SET", "RESET", "USE", "LOAD", "INSTALL", "BEGIN", "START", "COMMIT", "ROLLBACK", "ABORT", "END",
                    "PREPARE", "EXECUTE", "DEALLOCATE", "DETACH_ALL":
                return new StatementClassification(StatementKind.SESSION, kw);
            default:
                return new StatementClassification(StatementKind.UNKNOWN, kw);
        }
    }

    /** Skips "[RECURSIVE] name [(cols)] AS [NOT] [MATERIALIZED] ( ... ) [, ...]" and classifies the main statement. */
    private static StatementClassification classifyAfterCtes(List<Token> t, int i) {
        if (i < t.size() && t.get(i).isWord("RECURSIVE")) {
            i++;
        }
        StatementKind worst = StatementKind.READ;
        while (i < t.size()) {
            // find the body's opening parenthesis after AS
            while (i < t.size() && !t.get(i).isWord("AS")) {
                i++;
            }
            while (i < t.size() && !t.get(i).isSymbol("(")) {
                i++;
            }
            if (i >= t.size()) {
                break;
            }
            StatementClassification body = classify(t, i + 1);
            if (body.kind() == StatementKind.DESTRUCTIVE || body.kind() == StatementKind.WRITE) {
                worst = body.kind();
            }
            int depth = 0;
            do {
                if (t.get(i).isSymbol("(")) {
                    depth++;
                } else if (t.get(i).isSymbol(")")) {
                    depth--;
                }
                i++;
            } while (i < t.size() && depth > 0);
            if (i < t.size() && t.get(i).isSymbol(",")) {
                i++;
                continue;
            }
            break;
        }
        StatementClassification main = classify(t, i);
        if (main.kind() == StatementKind.READ && worst != StatementKind.READ) {
            return new StatementClassification(worst, "WITH");
        }
        return main;
    }

    private static String word(List<Token> t, int i) {
        return i < t.size() ? t.get(i).text().toUpperCase(Locale.ROOT) : "";
    }
}
