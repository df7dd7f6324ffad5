package org.highneeds.model.validation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Entry point to validate a model object and its contents with the High Needs rules. */
public final class ModelValidation {

    private ModelValidation() {
    }

    /** Validates an object and everything it contains; the result's children are the individual findings. */
    public static Diagnostic validate(EObject object) {
        return validate(object, null);
    }

    /** Validates with "current placements" counted at the given date (null = today). */
    public static Diagnostic validate(EObject object, LocalDate referenceDate) {
        AreaModelValidator.install();
        Map<Object, Object> context = new HashMap<>();
        if (referenceDate != null) {
            context.put(AreaModelValidator.REFERENCE_DATE, referenceDate);
        }
        Diagnostician diagnostician = Diagnostician.INSTANCE;
        BasicDiagnostic result = diagnostician.createDefaultDiagnostic(object);
        diagnostician.validate(object, result, context);
        return result;
    }

    /** Validates one object without its contents (e.g. a row of an import before it joins the model). */
    public static List<Diagnostic> validateShallow(EObject object, LocalDate referenceDate) {
        Map<Object, Object> context = new HashMap<>();
        if (referenceDate != null) {
            context.put(AreaModelValidator.REFERENCE_DATE, referenceDate);
        }
        BasicDiagnostic result = new BasicDiagnostic();
        AreaModelValidator.INSTANCE.validate(object.eClass(), object, result, context);
        return AreaModelValidator.leaves(result);
    }
}
