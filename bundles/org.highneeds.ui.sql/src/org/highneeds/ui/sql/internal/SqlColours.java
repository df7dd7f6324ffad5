package org.highneeds.ui.sql.internal;

import org.eclipse.swt.graphics.Color;

/** Colours of the SQL console, chosen to read on the light theme of the product. */
final class SqlColours {

    static final Color KEYWORD = new Color(127, 0, 85);
    static final Color STRING = new Color(42, 0, 255);
    static final Color COMMENT = new Color(63, 127, 95);
    static final Color NUMBER = new Color(9, 110, 130);
    static final Color PARAMETER = new Color(200, 100, 0);
    static final Color QUOTED_IDENTIFIER = new Color(60, 60, 60);
    /** NULL cells: grey, shown in italic. */
    static final Color NULL_CELL = new Color(150, 150, 150);
    /** Suppressed figures (c, x, z ...): a warm colour so they are not read as data. */
    static final Color SUPPRESSED_CELL = new Color(190, 90, 0);
    /** Error lines in the output tab. */
    static final Color ERROR = new Color(190, 30, 30);

    private SqlColours() {
    }
}
