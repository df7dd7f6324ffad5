package org.highneeds.sql.internal;

import java.util.List;

/**
 * A table named in a statement's FROM/JOIN (or UPDATE/INTO) clause.
 *
 * @param nameParts the dotted name as written, quotes removed (e.g. [main, caseload])
 * @param alias     the alias, or null
 * @param quotedAlias true when the alias was double-quoted (then it matches case-sensitively)
 */
public record TableReference(List<String> nameParts, String alias, boolean quotedAlias) {

    /** The table's own name (last part). */
    public String tableName() {
        return nameParts.get(nameParts.size() - 1);
    }
}
