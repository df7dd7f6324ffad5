package org.highneeds.ui.model.internal.bridge;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Property sources for the Properties view over EMF.Edit item property descriptors; every change goes through a
 * command on the editing domain, so it can be undone.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final EditingDomain domain;

    /** Creates a provider for the given adapter factory and editing domain. */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory, EditingDomain domain) {
        this.adapterFactory = adapterFactory;
        this.domain = domain;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource ? new ItemPropertySource(object, itemSource, domain) : null;
    }
}
