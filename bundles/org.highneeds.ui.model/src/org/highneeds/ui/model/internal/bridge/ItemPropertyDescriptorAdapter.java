package org.highneeds.ui.model.internal.bridge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.highneeds.model.edit.ItemLabels;
import org.highneeds.model.edit.ModelLabels;

/**
 * One row of the Properties view for an EMF.Edit item property descriptor: name, description, the value's text and a
 * cell editor chosen from the feature's type (text for strings, checked text for numbers and dates, a list for enums,
 * yes/no, and references offered from getChoiceOfValues; a checklist for many-valued features).
 */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    /** Money fields by name: fees, costs, top-ups, prices, amounts, place funding, budgets. */
    private static final Pattern MONEY = Pattern.compile("fee|cost|topup|price|amount|funding|budget|forecast|actual");

    /** Text shown for an empty single-valued choice. */
    public static final String NOT_SET = "(not recorded)";

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    /** Adapts the descriptor of one property of an object. */
    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
        this.object = object;
        this.descriptor = descriptor;
    }

    /** The EMF descriptor adapted. */
    public IItemPropertyDescriptor itemDescriptor() {
        return descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        if (!descriptor.canSetProperty(object) || !(descriptor.getFeature(object) instanceof EStructuralFeature feature)) {
            return null;
        }
        if (feature.isMany()) {
            Collection<?> choices = descriptor.getChoiceOfValues(object);
            if (choices == null && feature.getEType() instanceof EEnum e) {
                choices = e.getELiterals().stream().map(l -> l.getInstance()).toList();
            }
            return choices == null ? null
                    : new ManyValuesCellEditor(parent, getDisplayName(), List.copyOf(choices), this::text);
        }
        if (feature instanceof EReference) {
            Collection<?> choices = descriptor.getChoiceOfValues(object);
            if (choices == null) {
                return null;
            }
            List<Object> options = new ArrayList<>();
            options.add(null);
            choices.stream().filter(c -> c != null).forEach(options::add);
            return new ChoiceCellEditor(parent, options, this::text);
        }
        EDataType type = ((EAttribute) feature).getEAttributeType();
        if (type instanceof EEnum e) {
            List<Object> options = new ArrayList<>();
            if (feature.isUnsettable() || !feature.isRequired()) {
                options.add(null);
            }
            e.getELiterals().forEach(l -> options.add(l.getInstance()));
            return new ChoiceCellEditor(parent, options, this::text);
        }
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            List<Object> options = new ArrayList<>();
            if (instanceClass == Boolean.class) {
                options.add(null);
            }
            options.add(Boolean.TRUE);
            options.add(Boolean.FALSE);
            return new ChoiceCellEditor(parent, options, this::text);
        }
        return new ValueCellEditor(parent, type, getDisplayName());
    }

    /**
     * The text of a value of this property in a commissioner's words: "Yes"/"No", the plain-English name of a code
     * ("ASD - Autistic spectrum disorder", "Block contract"), pounds for money ("£62,000"), otherwise the item
     * provider's text.
     */
    public String text(Object value) {
        if (value == null) {
            return NOT_SET;
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        if (value instanceof Enumerator literal && feature() != null && feature().getEType() instanceof EEnum type
                && type.getEEnumLiteral(literal.getValue()) instanceof EEnumLiteral e) {
            String words = ModelLabels.literal(e);
            boolean code = e.getLiteral().matches("[A-Z]{2,5}") && !words.equals(e.getLiteral());
            return code ? e.getLiteral() + " - " + words : words;
        }
        if (value instanceof BigDecimal amount && feature() != null) {
            String name = feature().getName().toLowerCase(Locale.ROOT);
            if (MONEY.matcher(name).find()) {
                return ItemLabels.pounds(amount);
            }
            if (name.contains("share") || name.contains("percent")) {
                return amount.stripTrailingZeros().toPlainString() + "%";
            }
            return amount.toPlainString();
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return labels.getText(value);
    }

    private EStructuralFeature feature() {
        return descriptor.getFeature(object) instanceof EStructuralFeature f ? f : null;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object element) {
                Object value = ItemPropertySource.unwrap(element);
                if (value instanceof Collection<?> c) {
                    return c.isEmpty() ? "" : String.join(", ", c.stream().map(ItemPropertyDescriptorAdapter.this::text).toList());
                }
                return value == null ? "" : text(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ItemPropertyDescriptorAdapter a && a.getId().equals(getId());
    }
}
