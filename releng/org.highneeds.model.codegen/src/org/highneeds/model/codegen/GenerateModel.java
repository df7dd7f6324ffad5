package org.highneeds.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF code generation for org.highneeds.model (model code) and org.highneeds.model.edit (item providers).
 *
 * <p>Usage, from the repository root: {@code ./mvnw -f releng/org.highneeds.model.codegen/pom.xml compile exec:java}
 * (argument: the folder holding both bundle
 * folders, default {@code ..}). Generated Java goes to each bundle's {@code src-gen}. Bundle metadata files that the
 * Tycho build owns (plugin.xml, META-INF/MANIFEST.MF, build.properties, .project, .classpath) are restored to their
 * state before the run, so the generator never creates or changes them.</p>
 */
public final class GenerateModel {

    private static final String MODEL_BUNDLE = "org.highneeds.model";
    private static final String EDIT_BUNDLE = "org.highneeds.model.edit";
    /** Files the lead's Tycho build owns; the generator must leave them as they were. */
    private static final List<String> BUILD_OWNED = List.of("plugin.xml", "META-INF/MANIFEST.MF", "build.properties",
            ".project", ".classpath");

    private GenerateModel() {
    }

    /** Runs the generator; fails (non-zero exit of mvn) if the genmodel or the generation has errors. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "..").toAbsolutePath().normalize();
        Path modelBundle = root.resolve(MODEL_BUNDLE);
        Path editBundle = root.resolve(EDIT_BUNDLE);
        Map<Path, byte[]> before = snapshot(modelBundle, editBundle);
        // src-gen holds generated code only (hand code lives in src), so a clean slate drops classes removed from
        // the model instead of leaving them behind.
        wipe(modelBundle.resolve("src-gen"));
        wipe(editBundle.resolve("src-gen"));
        try {
            generate(modelBundle, editBundle);
        } finally {
            restore(before);
        }
    }

    private static void generate(Path modelBundle, Path editBundle) {

        // Standalone: map platform:/resource/<bundle>/ onto the folders, register factories and the generator adapters.
        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE, URI.createFileURI(modelBundle + "/"));
        EcorePlugin.getPlatformResourceMap().put(EDIT_BUNDLE, URI.createFileURI(editBundle + "/"));
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);

        URI genModelUri = URI.createPlatformResourceURI("/" + MODEL_BUNDLE + "/model/highneeds.genmodel", true);
        Resource resource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        genModel.setValidateModel(true);
        Diagnostic validation = genModel.diagnose();
        report("genmodel", validation);
        if (validation.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("The genmodel has errors; nothing generated.");
        }

        Generator generator = new Generator();
        generator.setInput(genModel);
        Diagnostic model = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor());
        report("model", model);
        Diagnostic edit = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE,
                new BasicMonitor());
        report("edit", edit);
        if (model.getSeverity() == Diagnostic.ERROR || edit.getSeverity() == Diagnostic.ERROR) {
            throw new IllegalStateException("Code generation reported errors (see above).");
        }
    }

    private static void wipe(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static Map<Path, byte[]> snapshot(Path... bundles) throws IOException {
        Map<Path, byte[]> state = new LinkedHashMap<>();
        for (Path bundle : bundles) {
            for (String name : BUILD_OWNED) {
                Path file = bundle.resolve(name);
                state.put(file, Files.exists(file) ? Files.readAllBytes(file) : null);
            }
        }
        return state;
    }

    private static void restore(Map<Path, byte[]> state) throws IOException {
        for (Map.Entry<Path, byte[]> entry : state.entrySet()) {
            Path file = entry.getKey();
            if (entry.getValue() == null) {
                Files.deleteIfExists(file);
                Path parent = file.getParent();
                if (parent.getFileName().toString().equals("META-INF") && Files.isDirectory(parent)) {
                    try (var listing = Files.list(parent)) {
                        if (listing.findAny().isEmpty()) {
                            Files.delete(parent);
                        }
                    }
                }
            } else {
                Files.write(file, entry.getValue());
            }
        }
    }

    private static void report(String step, Diagnostic diagnostic) {
        System.out.println(step + ": " + severity(diagnostic.getSeverity()) + " " + diagnostic.getMessage());
        for (Diagnostic child : diagnostic.getChildren()) {
            if (child.getSeverity() == Diagnostic.OK) {
                continue;
            }
            System.out.println("  " + severity(child.getSeverity()) + " " + child.getMessage());
        }
    }

    private static String severity(int severity) {
        return switch (severity) {
            case Diagnostic.ERROR -> "ERROR";
            case Diagnostic.WARNING -> "WARNING";
            case Diagnostic.INFO -> "INFO";
            default -> "OK";
        };
    }
}
