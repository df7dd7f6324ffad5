package org.highneeds.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.highneeds.model.ComparatorSet;
import org.highneeds.model.HighNeedsFactory;
import org.highneeds.model.HighNeedsPackage;
import org.highneeds.model.IndicatorDefinition;
import org.highneeds.model.LocalAreaModel;
import org.highneeds.model.LocalAuthority;
import org.highneeds.model.Placement;
import org.highneeds.model.Setting;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.model.persistence.AreaModelException;
import org.highneeds.model.persistence.AreaModelStore;
import org.highneeds.model.persistence.AtomicFiles;
import org.highneeds.model.persistence.LoadResult;
import org.highneeds.model.persistence.LoadWarning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XMI persistence: round trip, atomic save, cross-file references, unknown features, bad files. */
class PersistenceTest {

    @TempDir
    Path dir;

    @Test
    void fixtureFillsEveryClassAndEveryFeature() {
        LocalAreaModel area = Fixtures.fullArea();
        Set<EClass> classes = new HashSet<>();
        Set<EStructuralFeature> setFeatures = new HashSet<>();
        List<EObject> all = Stream.concat(Stream.of((EObject) area),
                Stream.iterate(area.eAllContents(), it -> it).limit(1).flatMap(it -> {
                    List<EObject> list = new java.util.ArrayList<>();
                    it.forEachRemaining(list::add);
                    return list.stream();
                })).toList();
        for (EObject object : all) {
            classes.add(object.eClass());
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (object.eIsSet(feature)) {
                    setFeatures.add(feature);
                }
            }
        }
        for (EClassifier classifier : HighNeedsPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                assertTrue(classes.contains(eClass), "fixture lacks a " + eClass.getName());
                for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
                    assertTrue(setFeatures.contains(feature), "fixture never sets " + eClass.getName() + "."
                            + feature.getName());
                }
            }
        }
        assertEquals(19, classes.size());
    }

    @Test
    void roundTripOfFullyPopulatedAreaIsEqual() throws IOException {
        LocalAreaModel original = Fixtures.fullArea();
        Path file = dir.resolve("barnet.xmi");
        new AreaModelStore().save(original, file, new NullProgressMonitor());

        LoadResult loaded = new AreaModelStore().load(file, new NullProgressMonitor());
        assertNotSame(original, loaded.model());
        assertTrue(EcoreUtil.equals(original, loaded.model()), "loaded model differs from the saved one");
        assertEquals(List.of(), loaded.warnings());
        // spot checks of values that XMI must carry exactly
        Placement placement = loaded.model().getPlacements().get(0);
        assertEquals(LocalDate.of(2024, 9, 2), placement.getStartDate());
        assertEquals(new BigDecimal("9500.25"), placement.getTransportCost());
        assertEquals("Acorn Care Ltd", placement.getContract().getProvider());
        assertEquals("Northamptonshire",
                loaded.model().getAuthorities().get(4).getPredecessors().get(0).getName());
        String xml = Files.readString(file);
        assertTrue(xml.contains("startDate=\"2024-09-02\""), "dates are ISO in the file");
        assertTrue(xml.contains("primaryNeed=\"ASD\""), "needs are SEN2 codes in the file");
        assertTrue(xml.contains("category=\"special_independent\""), "categories are SEN2 column names");
        assertTrue(xml.contains("xmi:id=\"_"), "objects carry UUIDs");
    }

    @Test
    void aSavedAreaGetsTheFolderUsualPermissionsNotPrivateTempFileOnes() throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return; // Windows: no POSIX permissions to compare
        }
        Path file = dir.resolve("barnet.xmi");
        new AreaModelStore().save(Fixtures.fullArea(), file, null);
        Path usual = Files.createFile(dir.resolve("probe.txt"));
        // a team shares area files: they must not come out owner-only because they were written through a temp file
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(file));
        try (var names = Files.list(dir)) {
            assertEquals(List.of("barnet.xmi", "probe.txt"), names.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file left beside it");
        }
    }

    @Test
    void unsetEnumStaysUnsetAfterRoundTrip() throws IOException {
        LocalAreaModel area = HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        Placement placement = HighNeedsFactory.eINSTANCE.createPlacement();
        placement.setChildRef("C9");
        area.getPlacements().add(placement);
        Path file = dir.resolve("small.xmi");
        new AreaModelStore().save(area, file, null);
        Placement loaded = new AreaModelStore().load(file, null).model().getPlacements().get(0);
        assertFalse(loaded.isSetPrimaryNeed(), "an unrecorded need must not come back as SpLD");
    }

    @Test
    void crossFileReferencesToSharedLibraryResolve() throws IOException {
        AreaModelStore store = new AreaModelStore();
        LocalAreaModel area = Fixtures.fullArea();
        // Move the comparator set, the indicator and the neighbour LAs into a shared library file.
        LocalAreaModel library = HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        library.setName("Shared comparators and indicators");
        ComparatorSet neighbours = area.getComparatorSets().get(0);
        IndicatorDefinition indicator = area.getIndicatorDefinitions().get(0);
        library.getComparatorSets().add(neighbours);
        library.getIndicatorDefinitions().add(indicator);
        library.getAuthorities().add(area.getAuthorities().get(1));
        library.getAuthorities().add(area.getAuthorities().get(1));
        // Both files must exist as resources before either is saved: each refers to the other.
        store.createResource(dir.resolve("area.xmi")).getContents().add(area);
        store.createResource(dir.resolve("shared").resolve("library.xmi")).getContents().add(library);
        store.saveAll(new NullProgressMonitor());

        String xml = Files.readString(dir.resolve("area.xmi"));
        assertTrue(xml.contains("href=\"shared/library.xmi#_"), "relative href to the library: " + xml.lines()
                .filter(l -> l.contains("href")).findFirst().orElse("none"));

        LoadResult loaded = new AreaModelStore().load(dir.resolve("area.xmi"), null);
        assertEquals(List.of(), loaded.warnings());
        ComparatorSet set = loaded.model().getSharedComparatorSets().get(0);
        assertFalse(set.eIsProxy());
        assertEquals("Barnet statistical neighbours", set.getName());
        assertEquals("Enfield", set.getMembers().get(0).getAuthority().getName());
        assertEquals("Barnet", set.getSubject().getName(), "library points back into the area file");
        assertEquals("pc_inmss", loaded.model().getSharedIndicatorDefinitions().get(0).getId());
        assertEquals("Hertfordshire", loaded.model().getSettings().get(1).getLa().getName());
    }

    @Test
    void missingSharedFileIsReportedNotFatal() throws IOException {
        AreaModelStore store = new AreaModelStore();
        LocalAreaModel area = Fixtures.fullArea();
        LocalAreaModel library = HighNeedsFactory.eINSTANCE.createLocalAreaModel();
        library.getIndicatorDefinitions().add(area.getIndicatorDefinitions().get(0));
        store.createResource(dir.resolve("area.xmi")).getContents().add(area);
        store.save(library, dir.resolve("library.xmi"), null);
        store.save(area, dir.resolve("area.xmi"), null);
        Files.delete(dir.resolve("library.xmi"));

        LoadResult loaded = new AreaModelStore(ModelLabels.INSTANCE).load(dir.resolve("area.xmi"), null);
        assertEquals(1, loaded.warnings().size(), loaded.warnings().toString());
        LoadWarning warning = loaded.warnings().get(0);
        assertEquals("sharedIndicatorDefinitions", warning.feature());
        assertTrue(warning.message().contains("library.xmi"), warning.message());
        assertTrue(warning.message().startsWith("Local area model 'Barnet SEND planning 2024-25'"), warning.message());
    }

    @Test
    void unknownFeaturesFromNewerVersionAreReportedAndKept() throws IOException {
        Path file = dir.resolve("newer.xmi");
        new AreaModelStore().save(Fixtures.fullArea(), file, null);
        String xml = Files.readString(file);
        // A newer version added an attribute to Placement and an element to Setting.
        String newer = xml.replaceFirst("childRef=\"C0001\"", "childRef=\"C0001\" wheelchairUser=\"true\"")
                .replaceFirst("(<settings [^>]*name=\"Oak Park Primary School\"[^>]*>)",
                        "$1\n    <inspection rating=\"good\" date=\"2024-05-01\"/>");
        assertNotSame(xml, newer);
        assertTrue(newer.contains("<inspection"), "test set-up inserted the element");
        Files.writeString(file, newer);

        AreaModelStore store = new AreaModelStore(ModelLabels.INSTANCE);
        LoadResult loaded = store.load(file, null);
        List<String> features = loaded.warnings().stream().map(LoadWarning::feature).sorted().toList();
        assertEquals(List.of("inspection", "wheelchairUser"), features);
        LoadWarning attribute = loaded.warnings().stream().filter(w -> w.feature().equals("wheelchairUser"))
                .findFirst().orElseThrow();
        assertEquals("placement 'C0001' at Acorn Independent Special School", attribute.object());
        assertTrue(attribute.message().contains("kept"), attribute.message());

        // Saved by this version, the unknown content survives.
        store.save(loaded.resource(), null);
        String saved = Files.readString(file);
        assertTrue(saved.contains("wheelchairUser=\"true\""), "unknown attribute written back");
        assertTrue(saved.contains("rating=\"good\""), "unknown element written back");
        assertEquals(2, new AreaModelStore().load(file, null).warnings().size());
    }

    @Test
    void failedSaveLeavesOldFileIntactAndNoTempFile() throws IOException {
        Path file = dir.resolve("area.xmi");
        AreaModelStore store = new AreaModelStore();
        store.save(Fixtures.fullArea(), file, null);
        byte[] before = Files.readAllBytes(file);

        // Simulated crash: the writer dies half way through the new content.
        IOException crash = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("<?xml version=\"1.0\"?><hn:LocalAreaModel".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full (simulated)");
        }));
        assertEquals("disk full (simulated)", crash.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());

        // A real failure inside EMF's save: a reference to an object that is in no resource.
        LocalAreaModel area = store.load(file, null).model();
        Setting orphan = HighNeedsFactory.eINSTANCE.createSetting();
        orphan.setName("Not in any file");
        area.getPlacements().get(0).setSetting(orphan);
        area.setName("changed name that must not reach the disk");
        AreaModelException failure = assertThrows(AreaModelException.class, () -> store.save(area.eResource(), null));
        assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
        assertTrue(failure.getMessage().contains("previous file is unchanged"), failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void cancelledSaveWritesNothing() throws IOException {
        Path file = dir.resolve("area.xmi");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> new AreaModelStore().save(Fixtures.fullArea(), file, cancelled));
        assertEquals(List.of(), listing());
    }

    @Test
    void truncatedFileGivesMessageWithFileAndLine() throws IOException {
        Path file = dir.resolve("area.xmi");
        new AreaModelStore().save(Fixtures.fullArea(), file, null);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        AreaModelException e = assertThrows(AreaModelException.class, () -> new AreaModelStore().load(file, null));
        assertTrue(e.getMessage().contains("area.xmi"), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void badDateValueNamesLineAndValue() throws IOException {
        Path file = dir.resolve("area.xmi");
        new AreaModelStore().save(Fixtures.fullArea(), file, null);
        Files.writeString(file, Files.readString(file).replace("startDate=\"2024-09-02\"", "startDate=\"2024-13-45\""));
        AreaModelException e = assertThrows(AreaModelException.class, () -> new AreaModelStore().load(file, null));
        assertTrue(e.getMessage().contains("2024-13-45"), e.getMessage());
        assertTrue(e.getMessage().contains("line"), e.getMessage());
    }

    @Test
    void notAModelIsRefused() throws IOException {
        Path file = dir.resolve("notes.xmi");
        Files.writeString(file, "this is not XML at all");
        AreaModelException e = assertThrows(AreaModelException.class, () -> new AreaModelStore().load(file, null));
        assertTrue(e.getMessage().startsWith("Cannot load " + file), e.getMessage());
        assertThrows(AreaModelException.class, () -> new AreaModelStore().load(dir.resolve("missing.xmi"), null));
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "do not read me");
        Path file = dir.resolve("hostile.xmi");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE m [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<hn:LocalAreaModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:hn=\"http://highneeds.org/model/1.0\" name=\"&x;\"/>\n");
        AreaModelException e = assertThrows(AreaModelException.class, () -> new AreaModelStore().load(file, null));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("do not read me"));
    }

    @Test
    void localAuthorityLinksSurviveInBothDirections() throws IOException {
        Path file = dir.resolve("area.xmi");
        new AreaModelStore().save(Fixtures.fullArea(), file, null);
        LocalAreaModel area = new AreaModelStore().load(file, null).model();
        LocalAuthority northants = area.getAuthorities().get(3);
        assertEquals("West Northamptonshire", northants.getSuccessors().get(0).getName());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
