package org.highneeds.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/** Creates XMI resources for High Needs models; objects get UUID xmi:ids so references survive renames. */
public class AreaModelResourceFactory extends ResourceFactoryImpl {

    @Override
    public Resource createResource(URI uri) {
        XMIResourceImpl resource = new XMIResourceImpl(uri) {
            @Override
            protected boolean useUUIDs() {
                // Stable ids: cross-file references (shared comparator sets, indicators) keep working when
                // lists are reordered or names change.
                return true;
            }
        };
        resource.setEncoding("UTF-8");
        return resource;
    }
}
