package org.highneeds.ui.internal.start;

import org.eclipse.swt.graphics.RGB;
import org.highneeds.analysis.QuartileBand;
import org.highneeds.model.Polarity;
import org.highneeds.model.edit.ModelLabels;

/**
 * The colours of bands A to D on the start page, as the benchmarking views show them: green to red where the
 * indicator has a better direction, shades of blue where it has none.
 */
final class BandColours {

    /** A to D where higher or lower is better. */
    static final RGB[] JUDGED = {new RGB(26, 152, 80), new RGB(166, 217, 106), new RGB(253, 174, 97), new RGB(215, 48, 39)};

    /** A (highest) to D (lowest) where neither is better. */
    static final RGB[] NEUTRAL = {new RGB(8, 81, 156), new RGB(66, 146, 198), new RGB(158, 202, 225), new RGB(222, 235, 247)};

    private BandColours() {
    }

    /** True when white text reads better than black on the band's colour. */
    static boolean darkText(QuartileBand band, Polarity polarity) {
        return polarity == Polarity.NEUTRAL ? band.ordinal() <= 1 : band == QuartileBand.A || band == QuartileBand.D;
    }

    /** What the bands mean for an indicator of {@code polarity}. */
    static String meaning(Polarity polarity) {
        return polarity == Polarity.NEUTRAL ? "Band A = the highest quartile of all LAs, D = the lowest (no better direction)"
                : "Band A = the best quartile of all LAs (" + ModelLabels.literal(polarity) + "), D = the worst";
    }
}
