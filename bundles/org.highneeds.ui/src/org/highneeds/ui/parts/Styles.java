package org.highneeds.ui.parts;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.highneeds.analysis.QuartileBand;
import org.highneeds.analysis.BenchmarkFormat;
import org.highneeds.model.Polarity;

/**
 * Fonts and colours of the analysis views, disposed with the control they were made for. Bands are green (A) to
 * red (D) when the indicator has a better direction, and shades of blue when it is neutral (A = highest is no
 * judgement).
 */
public final class Styles {

    private static final RGB[] JUDGED = {new RGB(0x1A, 0x98, 0x50), new RGB(0xA6, 0xD9, 0x6A), new RGB(0xFD, 0xAE, 0x61),
        new RGB(0xD7, 0x30, 0x27)};
    private static final RGB[] NEUTRAL = {new RGB(0x08, 0x51, 0x9C), new RGB(0x42, 0x92, 0xC6), new RGB(0x9E, 0xCA, 0xE1),
        new RGB(0xDE, 0xEB, 0xF7)};

    private final LocalResourceManager resources;
    /** Bold: the subject LA's row, category names. */
    public final Font bold;
    /** A view's heading above its table. */
    public final Font heading;
    /** Background of the group mean and England rows. */
    public final Color shaded;
    /** Background of category rows in the profile. */
    public final Color category;
    /** Text of "missing" and "n/a". */
    public final Color greyed;
    /** Text on dark band cells. */
    public final Color white;
    /** Text on light band cells. */
    public final Color black;

    /** Makes the fonts and colours for {@code owner}, disposed with it. */
    public Styles(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
        bold = resources.create(FontDescriptor.createFrom(owner.getFont()).setStyle(SWT.BOLD));
        heading = resources.create(FontDescriptor.createFrom(owner.getFont()).setStyle(SWT.BOLD).increaseHeight(2));
        shaded = colour(new RGB(0xEC, 0xF0, 0xF5));
        category = colour(new RGB(0xDD, 0xE4, 0xEE));
        greyed = colour(new RGB(0x8A, 0x8A, 0x8A));
        white = colour(new RGB(255, 255, 255));
        black = colour(new RGB(0x20, 0x20, 0x20));
    }

    /** A colour disposed with the owner. */
    public Color colour(RGB rgb) {
        return resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(rgb));
    }

    /** The background of a band cell; null when there is no band. */
    public Color band(QuartileBand band, Polarity polarity) {
        if (band == null) {
            return null;
        }
        return colour((polarity == Polarity.NEUTRAL ? NEUTRAL : JUDGED)[band.ordinal()]);
    }

    /** The text colour on a band cell: white on the dark ends, black otherwise. */
    public Color bandText(QuartileBand band, Polarity polarity) {
        if (band == null) {
            return null;
        }
        boolean dark = polarity == Polarity.NEUTRAL ? band.ordinal() <= 1 : band == QuartileBand.A || band == QuartileBand.D;
        return dark ? white : black;
    }

    /** True for the words shown instead of a number. */
    public static boolean notANumber(String text) {
        return BenchmarkFormat.MISSING.equals(text) || BenchmarkFormat.NOT_APPLICABLE.equals(text);
    }

    /** What band A to D mean for {@code polarity}, for legends and tooltips. */
    public static String bandMeaning(Polarity polarity) {
        return switch (polarity) {
            case HIGHER_IS_BETTER -> "Band A = best quartile of all LAs (highest values), D = worst";
            case LOWER_IS_BETTER -> "Band A = best quartile of all LAs (lowest values), D = worst";
            case NEUTRAL -> "Band A = highest quartile of all LAs, D = lowest (no better direction)";
        };
    }
}
