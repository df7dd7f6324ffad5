package org.highneeds.model.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.edit.ModelLabels;

/** How enum values appear in the register: need codes as SEN2 writes them, other values as plain-English labels. */
final class EnumValues {

    private EnumValues() {
    }

    static String display(EEnumLiteral literal) {
        EEnum eEnum = literal.getEEnum();
        if (eEnum == HighNeedsPackage.Literals.NEED_TYPE || eEnum == HighNeedsPackage.Literals.YEAR_GROUP) {
            return literal.getLiteral();
        }
        return ModelLabels.literal(literal);
    }

    static String display(EEnum eEnum, Object value) {
        if (value instanceof Enumerator enumerator) {
            return display(eEnum.getEEnumLiteral(enumerator.getValue()));
        }
        return null;
    }

    static List<String> displays(EEnum eEnum) {
        List<String> values = new ArrayList<>();
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            values.add(display(literal));
        }
        return values;
    }

    /** Accepts the label, the name or the literal, ignoring case, spaces and underscores; null if none fits. */
    static Enumerator parse(EEnum eEnum, String text) {
        String wanted = normalise(text);
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            if (normalise(display(literal)).equals(wanted) || normalise(literal.getName()).equals(wanted)
                    || normalise(literal.getLiteral()).equals(wanted)) {
                return literal.getInstance();
            }
        }
        return null;
    }

    private static String normalise(String text) {
        return text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }
}
