package org.highneeds.ui.model.internal.bridge;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource2;

/** The properties of one model object, read and written through its item property descriptors. */
public class ItemPropertySource implements IPropertySource2 {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final EditingDomain domain;

    /** Creates the property source of an object. */
    public ItemPropertySource(Object object, IItemPropertySource itemSource, EditingDomain domain) {
        this.object = object;
        this.itemSource = itemSource;
        this.domain = domain;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        return descriptors.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d))
                .toArray(IPropertyDescriptor[]::new);
    }

    /** The item property descriptor with the given id (the feature name), or null. */
    public IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor == null ? null : unwrap(descriptor.getPropertyValue(object));
    }

    /** Item providers wrap attribute values (PropertyValueWrapper); the sheet and cell editors want the value. */
    static Object unwrap(Object value) {
        return value instanceof IItemPropertySource wrapper && !(value instanceof EObject)
                ? wrapper.getEditableValue(value) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public boolean isPropertyResettable(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.canSetProperty(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null && descriptor.getFeature(object) instanceof EStructuralFeature feature
                && object instanceof EObject owner && descriptor.isPropertySet(object)) {
            execute(SetCommand.create(domain, owner, feature, SetCommand.UNSET_VALUE));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)
                || !(object instanceof EObject owner) || !descriptor.canSetProperty(object)) {
            return;
        }
        Object current = owner.eGet(feature);
        if (feature.isMany()) {
            List<?> wanted = value instanceof Collection<?> c ? List.copyOf(c) : List.of();
            if (!wanted.equals(List.copyOf((Collection<?>) current))) {
                execute(SetCommand.create(domain, owner, feature, wanted));
            }
            return;
        }
        if (value == null && feature.isUnsettable()) {
            if (owner.eIsSet(feature)) {
                execute(SetCommand.create(domain, owner, feature, SetCommand.UNSET_VALUE));
            }
        } else if (!Objects.equals(current, value) || !owner.eIsSet(feature) && value != null) {
            execute(SetCommand.create(domain, owner, feature, value));
        }
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            domain.getCommandStack().execute(command);
        }
    }
}
