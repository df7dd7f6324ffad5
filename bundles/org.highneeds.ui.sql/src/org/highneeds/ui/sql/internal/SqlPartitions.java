package org.highneeds.ui.sql.internal;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.Token;

/**
 * Splits SQL text into comments, string literals and code, so colouring of a block comment or a string
 * spanning lines follows edits anywhere in it.
 */
final class SqlPartitions {

    /** Our own partitioning, so a shared file buffer's default partitioning is left alone. */
    static final String PARTITIONING = "__highneeds_sql_partitioning";
    /** Line and block comments. */
    static final String COMMENT = "__sql_comment";
    /** Single-quoted string literals. */
    static final String STRING = "__sql_string";
    /** Double-quoted identifiers, kept apart so a {@code --} inside one is not taken for a comment. */
    static final String QUOTED_IDENTIFIER = "__sql_quoted_identifier";
    /** Every content type, code first. */
    static final String[] CONTENT_TYPES = {IDocument.DEFAULT_CONTENT_TYPE, COMMENT, STRING, QUOTED_IDENTIFIER};

    private SqlPartitions() {
    }

    /** Installs the SQL partitioner on a document once. */
    static void install(IDocument document) {
        if (document instanceof IDocumentExtension3 d3 && d3.getDocumentPartitioner(PARTITIONING) == null) {
            RuleBasedPartitionScanner scanner = new RuleBasedPartitionScanner();
            Token comment = new Token(COMMENT);
            scanner.setPredicateRules(new IPredicateRule[] {
                new EndOfLineRule("--", comment),
                new MultiLineRule("/*", "*/", comment, (char) 0, true),
                // SQL doubles quotes instead of escaping them: 'it''s' scans as two adjacent strings, same colour
                new MultiLineRule("'", "'", new Token(STRING), (char) 0, true),
                new MultiLineRule("\"", "\"", new Token(QUOTED_IDENTIFIER), (char) 0, true),
            });
            FastPartitioner partitioner = new FastPartitioner(scanner, CONTENT_TYPES);
            partitioner.connect(document);
            d3.setDocumentPartitioner(PARTITIONING, partitioner);
        }
    }
}
