package org.highneeds.ui.model.internal.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.validation.AreaModelValidator;
import org.highneeds.model.validation.ModelValidation;
import org.highneeds.ui.model.ModelUi;

/**
 * Runs the High Needs validation rules on a local area and keeps the result: problem markers on the file (Problems
 * view) and the worst severity per object (tree decorations).
 */
public final class ValidationMarkers {

    /** Marker attribute: the URI fragment of the object concerned within the file. */
    public static final String OBJECT = "org.highneeds.object";
    /** Marker attribute: the name of the field concerned. */
    public static final String FEATURE = "org.highneeds.feature";

    /** One validation finding. */
    public record Finding(int severity, String message, EObject object, EStructuralFeature feature) {

        /** Where the problem is, for the Problems view's Location column: "placement 'C003' - end date". */
        public String location() {
            return (object == null ? "local area" : ModelLabels.of(object))
                    + (feature == null ? "" : " - " + ModelLabels.fieldInSentence(feature));
        }
    }

    private final Map<EObject, Integer> severities = new HashMap<>();
    private List<Finding> findings = List.of();

    /** Validates the area and remembers the findings (errors and warnings). */
    public List<Finding> validate(LocalAreaModel area) {
        Diagnostic result = ModelValidation.validate(area, ModelLabels.INSTANCE);
        findings = AreaModelValidator.leaves(result).stream().map(d -> {
            List<?> data = d.getData();
            EObject object = !data.isEmpty() && data.get(0) instanceof EObject o ? o : null;
            EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
            int severity = d.getSeverity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
                    : d.getSeverity() == Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
            return new Finding(severity, d.getMessage(), object, feature);
        }).toList();
        severities.clear();
        for (Finding f : findings) {
            // Parents show the worst problem inside them, so a closed branch still says where to look.
            for (EObject o = f.object(); o != null; o = o.eContainer()) {
                severities.merge(o, f.severity(), Math::max);
            }
        }
        return findings;
    }

    /** The findings of the last validation. */
    public List<Finding> findings() {
        return findings;
    }

    /** Worst severity (IMarker.SEVERITY_*) on or inside an object, or -1. */
    public int severity(EObject object) {
        return severities.getOrDefault(object, -1);
    }

    /** Replaces the markers of this editor on the file with the last findings. */
    public void writeMarkers(IFile file) throws CoreException {
        if (file == null || !file.exists()) {
            return;
        }
        IWorkspaceRunnable write = monitor -> {
            file.deleteMarkers(ModelUi.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
            for (Finding f : findings) {
                IMarker marker = file.createMarker(ModelUi.PROBLEM_MARKER);
                Map<String, Object> attributes = new HashMap<>();
                attributes.put(IMarker.SEVERITY, f.severity());
                attributes.put(IMarker.MESSAGE, f.message());
                attributes.put(IMarker.LOCATION, f.location());
                if (f.object() != null) {
                    Resource resource = f.object().eResource();
                    attributes.put(OBJECT, resource != null ? resource.getURIFragment(f.object())
                            : EcoreUtil.getURI(f.object()).fragment());
                }
                if (f.feature() != null) {
                    attributes.put(FEATURE, f.feature().getName());
                }
                marker.setAttributes(attributes);
            }
        };
        ResourcesPlugin.getWorkspace().run(write, file, IResource.NONE, null);
    }
}
