package org.highneeds.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.highneeds.model.ComparatorKind;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.PlacementCategory;
import org.highneeds.model.Polarity;
import org.highneeds.model.edit.ModelLabels;
import org.junit.jupiter.api.Test;

/** The model's labels come from org.highneeds.model.edit's plugin.properties, in plain English. */
class ModelLabelsTest {

    @Test
    void fieldsKeepTheirAcronymsInHeadingsAndSentences() {
        assertEquals("LA code", ModelLabels.field(HighNeedsPackage.Literals.LOCAL_AUTHORITY__LA_CODE));
        assertEquals("LA code", ModelLabels.fieldInSentence(HighNeedsPackage.Literals.LOCAL_AUTHORITY__LA_CODE));
        assertEquals("URN", ModelLabels.fieldInSentence(HighNeedsPackage.Literals.SETTING__URN));
        assertEquals("End date", ModelLabels.field(HighNeedsPackage.Literals.PLACEMENT__END_DATE));
        assertEquals("end date", ModelLabels.fieldInSentence(HighNeedsPackage.Literals.PLACEMENT__END_DATE));
        assertEquals("number on roll", ModelLabels.INSTANCE.getFeatureLabel(HighNeedsPackage.Literals.SETTING__ON_ROLL));
    }

    @Test
    void codesAreNamedInTheWordsAnalystsRead() {
        assertEquals("lower is better", ModelLabels.literal(Polarity.LOWER_IS_BETTER));
        assertEquals("neutral (A = highest)", ModelLabels.literal(Polarity.NEUTRAL));
        assertEquals("statistical neighbours", ModelLabels.literal(ComparatorKind.STATISTICAL_NEIGHBOURS));
        assertEquals("England", ModelLabels.literal(ComparatorKind.ENGLAND));
        assertEquals("Independent special school", ModelLabels.literal(PlacementCategory.SPECIAL_INDEPENDENT));
        assertEquals("Independent special school", ModelLabels.INSTANCE.getValueLabel(
                HighNeedsPackage.Literals.PLACEMENT_CATEGORY, PlacementCategory.SPECIAL_INDEPENDENT));
    }

    @Test
    void persistedLiteralsOfRenamedPolaritiesAreUnchanged() {
        // user-indicators.xmi files written before the rename store these literals
        assertEquals(Polarity.HIGHER_IS_BETTER, Polarity.get("high_is_good"));
        assertEquals(Polarity.LOWER_IS_BETTER, Polarity.get("low_is_good"));
    }
}
