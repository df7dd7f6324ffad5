package org.highneeds.model.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator.SubstitutionLabelProvider;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.emf.ecore.xml.type.XMLTypePackage;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.validation.AreaModelValidator;

/**
 * Loads and saves local area models as XMI files: atomic saves, cross-file references, unknown fields from newer
 * versions reported and kept. One store = one resource set; files loaded through it may refer to each other.
 */
public class AreaModelStore {

    /**
     * File extension of local area model files ({@code LA-302-Barnet.hnarea}, XMI); the one definition (the editor's
     * plugin.xml, which cannot refer to it, names it too).
     */
    public static final String FILE_EXTENSION = "hnarea";

    private final ResourceSet resourceSet;
    private final SubstitutionLabelProvider labels;

    /** Creates a store with its own resource set whose load warnings name objects by EMF's identifiers. */
    public AreaModelStore() {
        this(null);
    }

    /**
     * Creates a store with its own resource set; needs no OSGi, no database. Load warnings name objects and fields
     * with {@code labels} (org.highneeds.model.edit's ModelLabels.INSTANCE where they are shown; null: EMF's ids).
     */
    public AreaModelStore(SubstitutionLabelProvider labels) {
        this.labels = labels;
        resourceSet = new ResourceSetImpl();
        HighNeedsPackage.eINSTANCE.eClass();
        resourceSet.getPackageRegistry().put(HighNeedsPackage.eNS_URI, HighNeedsPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new AreaModelResourceFactory());
        resourceSet.getLoadOptions().putAll(loadOptions());
        // Anyone who can load a model can validate it with Diagnostician.INSTANCE.
        AreaModelValidator.install();
    }

    /** Returns the resource set holding every file loaded or created through this store. */
    public ResourceSet getResourceSet() {
        return resourceSet;
    }

    /** Returns the XMI load options used: unknown features are recorded (not errors), ids resolved late. */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // Model files may come from other teams: no DOCTYPE, hence no external entities (XXE) and no entity bombs.
        options.put(XMLResource.OPTION_PARSER_FEATURES,
                Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
        return options;
    }

    /** Returns the XMI save options used: UTF-8, relative hrefs to other files, dangling references are errors. */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        options.put(XMLResource.OPTION_LINE_WIDTH, 120);
        return options;
    }

    /** Creates an empty resource for a new file (not written until saved). */
    public Resource createResource(Path file) {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource existing = resourceSet.getResource(uri, false);
        return existing != null ? existing : resourceSet.createResource(uri);
    }

    /**
     * Loads a local area model and resolves references to other files.
     *
     * @throws AreaModelException if the file is missing, not XML, not a model, or has values that cannot be read;
     *         the message lists each problem with file, line and column
     */
    public LoadResult load(Path file, IProgressMonitor monitor) throws AreaModelException {
        SubMonitor progress = SubMonitor.convert(monitor, "Loading " + file.getFileName(), 3);
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new AreaModelException("Cannot load " + absolute + ": the file does not exist.", List.of(), null);
        }
        URI uri = URI.createFileURI(absolute.toString());
        Resource resource = resourceSet.getResource(uri, false);
        if (resource == null) {
            resource = resourceSet.createResource(uri);
        }
        if (!resource.isLoaded()) {
            try {
                resource.load(resourceSet.getLoadOptions());
            } catch (IOException | RuntimeException e) {
                List<String> problems = describeErrors(resource);
                if (problems.isEmpty()) {
                    problems.add(String.valueOf(e.getMessage()));
                }
                resource.unload();
                resourceSet.getResources().remove(resource);
                throw new AreaModelException("Cannot load " + absolute + ":", problems, e);
            }
        }
        checkCanceled(progress);
        progress.worked(1);
        List<String> errors = describeErrors(resource);
        if (!errors.isEmpty()) {
            throw new AreaModelException("Cannot load " + absolute + ":", errors, null);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof LocalAreaModel model)) {
            throw new AreaModelException("Cannot load " + absolute + ": it does not contain a local area model (root "
                    + (resource.getContents().isEmpty() ? "missing" : resource.getContents().get(0).eClass().getName())
                    + ").", List.of(), null);
        }
        List<LoadWarning> warnings = new ArrayList<>(unknownFeatures(resource));
        progress.worked(1);
        warnings.addAll(resolveCrossReferences(resource, progress.split(1)));
        return new LoadResult(model, resource, List.copyOf(warnings));
    }

    /** Saves a model to a file atomically; a model not yet in a resource is put into one for that file. */
    public void save(LocalAreaModel model, Path file, IProgressMonitor monitor) throws IOException {
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        Resource resource = model.eResource();
        if (resource == null) {
            resource = createResource(file);
            resource.getContents().add(model);
        } else if (!uri.equals(resource.getURI())) {
            resource.setURI(uri);
        }
        save(resource, monitor);
    }

    /**
     * Saves a resource atomically to its file URI: the previous file stays intact if anything fails (including a
     * dangling reference found half way through the save).
     */
    public void save(Resource resource, IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Saving " + resource.getURI().lastSegment(), 1);
        checkCanceled(progress);
        if (!resource.getURI().isFile()) {
            throw new IOException("Cannot save " + resource.getURI() + ": only local files are supported.");
        }
        Path target = Path.of(resource.getURI().toFileString());
        Map<Object, Object> options = saveOptions();
        try {
            AtomicFiles.write(target, out -> resource.save(out, options));
        } catch (IOException e) {
            throw new AreaModelException("Cannot save " + target + "; the previous file is unchanged:",
                    List.of(String.valueOf(e.getMessage())), e);
        } catch (RuntimeException e) {
            throw new AreaModelException("Cannot save " + target + "; the previous file is unchanged:",
                    List.of(String.valueOf(e)), e);
        }
        resource.setModified(false);
        progress.worked(1);
    }

    /**
     * Saves every file of this store that holds content (e.g. an area and the shared library it refers to), each
     * atomically. Files are saved one after the other: if one fails, those saved before it keep their new content.
     */
    public void saveAll(IProgressMonitor monitor) throws IOException {
        List<Resource> resources = resourceSet.getResources().stream()
                .filter(r -> r.getURI().isFile() && !r.getContents().isEmpty()).toList();
        SubMonitor progress = SubMonitor.convert(monitor, "Saving models", resources.size());
        for (Resource resource : resources) {
            save(resource, progress.split(1));
        }
    }

    /** Lists fields present in the file but unknown to this version of the model (kept and written back on save). */
    public List<LoadWarning> unknownFeatures(Resource resource) {
        List<LoadWarning> warnings = new ArrayList<>();
        if (!(resource instanceof XMLResource xml)) {
            return warnings;
        }
        String file = resource.getURI().toString();
        for (Map.Entry<EObject, AnyType> entry : xml.getEObjectToExtensionMap().entrySet()) {
            String object = of(entry.getKey());
            AnyType extension = entry.getValue();
            for (var attribute : extension.getAnyAttribute()) {
                String name = attribute.getEStructuralFeature().getName();
                warnings.add(new LoadWarning(file, object, name, sentence(entry.getKey()) + " has a field '"
                        + name + "' (value '" + attribute.getValue() + "') unknown to this version; it is kept and "
                        + "written back on save."));
            }
            for (var mixed : extension.getMixed()) {
                EStructuralFeature feature = mixed.getEStructuralFeature();
                if (feature == XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__TEXT
                        || feature == XMLTypePackage.Literals.XML_TYPE_DOCUMENT_ROOT__COMMENT) {
                    continue;
                }
                warnings.add(new LoadWarning(file, object, feature.getName(), sentence(entry.getKey())
                        + " has an element '" + feature.getName() + "' unknown to this version; it is kept and "
                        + "written back on save."));
            }
        }
        return warnings;
    }

    private List<LoadWarning> resolveCrossReferences(Resource resource, SubMonitor monitor) {
        List<LoadWarning> warnings = new ArrayList<>();
        String file = resource.getURI().toString();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            checkCanceled(monitor);
            EObject object = it.next();
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()) {
                    continue;
                }
                for (EObject target : values(object, reference)) {
                    EObject resolved = EcoreUtil.resolve(target, object);
                    if (resolved.eIsProxy()) {
                        URI proxy = ((InternalEObject) resolved).eProxyURI();
                        warnings.add(new LoadWarning(file, of(object), reference.getName(),
                                sentence(object) + ": the " + field(reference) + " refers to " + proxy
                                        + ", which cannot be found (missing file or object). The link is kept."));
                    }
                }
            }
        }
        // Files pulled in by cross-references may hold bad values or fields from a newer version. A file that is
        // missing altogether has no contents; the unresolved references above already say so.
        for (Resource other : List.copyOf(resourceSet.getResources())) {
            if (other != resource && other.isLoaded() && !other.getContents().isEmpty()) {
                for (String problem : describeErrors(other)) {
                    warnings.add(new LoadWarning(other.getURI().toString(), null, null, problem));
                }
                warnings.addAll(unknownFeatures(other));
            }
        }
        return warnings;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> values(EObject object, EReference reference) {
        Object value = object.eGet(reference, false);
        if (value == null) {
            return List.of();
        }
        return reference.isMany() ? List.copyOf((List<EObject>) value) : List.of((EObject) value);
    }

    private String of(EObject object) {
        return labels != null ? labels.getObjectLabel(object) : EcoreUtil.getIdentification(object);
    }

    private String sentence(EObject object) {
        String label = of(object);
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    private String field(EStructuralFeature feature) {
        return labels != null ? labels.getFeatureLabel(feature) : feature.getName();
    }

    private static List<String> describeErrors(Resource resource) {
        List<String> problems = new ArrayList<>();
        for (Resource.Diagnostic d : resource.getErrors()) {
            String where = d.getLocation() != null ? d.getLocation() : resource.getURI().toString();
            problems.add(where + (d.getLine() > 0 ? ", line " + d.getLine() + ", column " + d.getColumn() : "") + ": "
                    + d.getMessage());
        }
        return problems;
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor != null && monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
