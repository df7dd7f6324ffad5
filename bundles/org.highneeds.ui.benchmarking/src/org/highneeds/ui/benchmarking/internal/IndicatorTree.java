package org.highneeds.ui.benchmarking.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.highneeds.model.edit.ModelLabels;
import org.highneeds.analysis.IndicatorDefinition;

/** The indicators by category (in the registry's order), with their indicators below; input: a list of definitions. */
final class IndicatorTree implements ITreeContentProvider {

    private Map<String, List<IndicatorDefinition>> byCategory = Map.of();

    /** An indicator's title, definition, polarity, period, group mean and sources, as shown beside the list. */
    static String describe(IndicatorDefinition d) {
        StringBuilder b = new StringBuilder();
        b.append(d.titleWithUnit()).append(" [").append(d.id()).append("]\n");
        if (!d.note().isEmpty()) {
            b.append(d.note()).append('\n');
        }
        b.append("Polarity: ").append(ModelLabels.literal(d.polarity())).append(". Period: ").append(d.periodKind().label())
                .append(". Group mean: ").append(d.groupMean().description()).append('.');
        if (!d.sourceDatasets().isEmpty()) {
            b.append("\nSources: ").append(String.join(", ", d.sourceDatasets()));
        }
        if (IndicatorDefinition.USER_DEFINED.equals(d.origin())) {
            b.append("\nUser-defined (right-click to edit)");
        }
        return b.toString();
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        Map<String, List<IndicatorDefinition>> m = new LinkedHashMap<>();
        if (newInput instanceof List<?> list) {
            for (Object o : list) {
                IndicatorDefinition d = (IndicatorDefinition) o;
                m.computeIfAbsent(d.category(), k -> new ArrayList<>()).add(d);
            }
        }
        byCategory = m;
    }

    @Override
    public Object[] getElements(Object input) {
        return byCategory.keySet().toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof String c ? byCategory.getOrDefault(c, List.of()).toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof IndicatorDefinition d ? d.category() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof String;
    }
}
