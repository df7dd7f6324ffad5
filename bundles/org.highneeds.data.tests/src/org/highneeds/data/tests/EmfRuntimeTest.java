package org.highneeds.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EMF inside the OSGi runtime: an object saved as XMI loads back equal. */
class EmfRuntimeTest {

    @TempDir
    Path dir;

    @Test
    void xmiSaveAndLoadRoundTrip() throws Exception {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EPackage pkg = f.createEPackage();
        pkg.setName("probe");
        pkg.setNsPrefix("probe");
        pkg.setNsURI("http://highneeds.org/test/probe");
        EClass placement = f.createEClass();
        placement.setName("Placement");
        EAttribute fee = f.createEAttribute();
        fee.setName("annualFee");
        fee.setEType(EcorePackage.Literals.EDOUBLE);
        EAttribute child = f.createEAttribute();
        child.setName("childRef");
        child.setEType(EcorePackage.Literals.ESTRING);
        placement.getEStructuralFeatures().add(fee);
        placement.getEStructuralFeatures().add(child);
        pkg.getEClassifiers().add(placement);

        EObject p = EcoreUtil.create(placement);
        p.eSet(fee, 61250.5);
        p.eSet(child, "C-0042");

        ResourceSet rs = new ResourceSetImpl();
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        rs.getPackageRegistry().put(pkg.getNsURI(), pkg);
        Path file = dir.resolve("area.xmi");
        Resource out = rs.createResource(URI.createFileURI(file.toString()));
        out.getContents().add(p);
        out.save(Map.of());
        assertTrue(Files.readString(file).contains("annualFee=\"61250.5\""));

        ResourceSet rs2 = new ResourceSetImpl();
        rs2.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        rs2.getPackageRegistry().put(pkg.getNsURI(), pkg);
        Resource in = rs2.getResource(URI.createFileURI(file.toString()), true);
        EObject loaded = in.getContents().get(0);
        assertTrue(EcoreUtil.equals(p, loaded));
        assertEquals("C-0042", loaded.eGet(child));
    }
}
