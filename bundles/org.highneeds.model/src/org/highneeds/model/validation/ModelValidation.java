package org.highneeds.model.validation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator.SubstitutionLabelProvider;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Entry point to validate a model object and its contents with the High Needs rules. */
public final class ModelValidation {

    private ModelValidation() {
    }

    /**
     * Validates an object and everything it contains; the result's children are the individual findings, worded with
     * {@code labels} (ModelLabels.INSTANCE of org.highneeds.model.edit for plain English; null: EMF's identifiers).
     */
    public static Diagnostic validate(EObject object, SubstitutionLabelProvider labels) {
        return validate(object, null, labels);
    }

    /** Validates with "current placements" counted at the given date (null = today). */
    public static Diagnostic validate(EObject object, LocalDate referenceDate, SubstitutionLabelProvider labels) {
        AreaModelValidator.install();
        Map<Object, Object> context = context(referenceDate, labels);
        Diagnostician diagnostician = Diagnostician.INSTANCE;
        BasicDiagnostic result = diagnostician.createDefaultDiagnostic(object);
        diagnostician.validate(object, result, context);
        return result;
    }

    /** Validates one object without its contents (e.g. a row of an import before it joins the model). */
    public static List<Diagnostic> validateShallow(EObject object, LocalDate referenceDate,
            SubstitutionLabelProvider labels) {
        BasicDiagnostic result = new BasicDiagnostic();
        AreaModelValidator.INSTANCE.validate(object.eClass(), object, result, context(referenceDate, labels));
        return AreaModelValidator.leaves(result);
    }

    private static Map<Object, Object> context(LocalDate referenceDate, SubstitutionLabelProvider labels) {
        Map<Object, Object> context = new HashMap<>();
        if (referenceDate != null) {
            context.put(AreaModelValidator.REFERENCE_DATE, referenceDate);
        }
        if (labels != null) {
            context.put(SubstitutionLabelProvider.class, labels);
        }
        return context;
    }
}
