package org.highneeds.analysis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.highneeds.analysis.GroupMeanMethod;
import org.highneeds.analysis.IndicatorDefinition;
import org.highneeds.analysis.IndicatorRegistry;
import org.highneeds.analysis.IndicatorUnit;
import org.highneeds.analysis.PeriodKind;
import org.highneeds.model.Polarities;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads indicator contributions: from the extension registry in OSGi (each SQL file from its contributing plug-in),
 * else from this bundle's own plugin.xml and SQL files on the class path (benchmarks, plain Java).
 */
public final class IndicatorExtensions {

    private static final String OWN_BUNDLE = "org.highneeds.analysis";

    private IndicatorExtensions() {
    }

    /** Definitions read and problems met. */
    public record Loaded(List<IndicatorDefinition> definitions, List<String> problems) {
    }

    /** Loads all contributions. */
    public static Loaded load() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null && registry.getExtensionPoint(IndicatorRegistry.EXTENSION_POINT) != null) {
            return fromRegistry(registry);
        }
        return fromClassPath(IndicatorExtensions.class.getClassLoader());
    }

    private static Loaded fromRegistry(IExtensionRegistry registry) {
        List<IndicatorDefinition> defs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(IndicatorRegistry.EXTENSION_POINT)) {
            String plugin = e.getContributor().getName();
            try {
                Bundle bundle = ContributorFactoryOSGi.resolve(e.getContributor());
                defs.add(definition(e::getAttribute, plugin, path -> {
                    URL url = bundle == null ? null : bundle.getEntry(path);
                    return url == null ? null : read(url);
                }));
            } catch (RuntimeException ex) {
                problems.add("Indicator '" + e.getAttribute("id") + "' of plug-in " + plugin + " is skipped: " + ex.getMessage());
            }
        }
        return new Loaded(defs, problems);
    }

    /** Reads plugin.xml and the SQL files from a class loader (outside OSGi). */
    static Loaded fromClassPath(ClassLoader loader) {
        List<IndicatorDefinition> defs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<URL> pluginXmls;
        try {
            // other jars on the class path (EMF, Equinox) have a plugin.xml too: read those contributing indicators
            pluginXmls = java.util.Collections.list(loader.getResources("plugin.xml"));
        } catch (IOException e) {
            problems.add("Cannot list plugin.xml files on the class path: " + e.getMessage());
            return new Loaded(defs, problems);
        }
        for (URL pluginXml : pluginXmls) {
            try (InputStream in = pluginXml.openStream()) {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document doc = f.newDocumentBuilder().parse(in);
                NodeList extensions = doc.getElementsByTagName("extension");
                for (int i = 0; i < extensions.getLength(); i++) {
                    Element ext = (Element) extensions.item(i);
                    if (!IndicatorRegistry.EXTENSION_POINT.equals(ext.getAttribute("point"))) continue;
                    NodeList indicators = ext.getElementsByTagName("indicator");
                    for (int k = 0; k < indicators.getLength(); k++) {
                        Element el = (Element) indicators.item(k);
                        try {
                            defs.add(definition(a -> el.hasAttribute(a) ? el.getAttribute(a) : null, OWN_BUNDLE, path -> {
                                URL url = loader.getResource(path);
                                return url == null ? null : read(url);
                            }));
                        } catch (RuntimeException ex) {
                            problems.add("Indicator '" + el.getAttribute("id") + "' is skipped: " + ex.getMessage());
                        }
                    }
                }
            } catch (Exception e) {
                problems.add("Cannot read " + pluginXml + ": " + e.getMessage());
            }
        }
        if (defs.isEmpty() && problems.isEmpty()) {
            problems.add("No plugin.xml on the class path contributes indicators: no built-in indicators");
        }
        return new Loaded(defs, problems);
    }

    private static IndicatorDefinition definition(Function<String, String> attr, String plugin,
            Function<String, String> resource) {
        String id = attr.apply("id");
        String sqlPath = attr.apply("sql");
        if (sqlPath == null || sqlPath.isBlank()) throw new IllegalArgumentException("no sql attribute");
        String sql = resource.apply(sqlPath);
        if (sql == null) throw new IllegalArgumentException("SQL file " + sqlPath + " not found in plug-in " + plugin);
        String datasets = attr.apply("datasets");
        List<String> sources = datasets == null ? List.of()
                : Arrays.stream(datasets.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new IndicatorDefinition(id, attr.apply("title"), IndicatorUnit.parse(attr.apply("unit")),
                Polarities.parse(attr.apply("polarity")), PeriodKind.parse(attr.apply("period")), sql, sources,
                attr.apply("note"), GroupMeanMethod.parse(attr.apply("groupMean")), attr.apply("category"), plugin);
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + url + ": " + e.getMessage(), e);
        }
    }
}
