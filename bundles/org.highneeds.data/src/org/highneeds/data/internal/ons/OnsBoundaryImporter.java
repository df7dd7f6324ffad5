package org.highneeds.data.internal.ons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.highneeds.data.SqlQuoting;
import org.highneeds.data.imports.AbstractDatasetImporter;
import org.highneeds.data.imports.ImportException;
import org.highneeds.data.imports.ImportLocation;
import org.highneeds.data.imports.ImportSink;
import org.highneeds.data.imports.ImportSummary;
import org.highneeds.data.imports.SourceFile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Imports an ONS boundary GeoJSON file (e.g. Counties and Unitary Authorities, December 2023, BUC) into
 * {@code boundary_area} and {@code boundary_ring}: per area its code, name and bounding box, and its rings as flat
 * coordinate arrays in the file's own CRS, holes and orientation as published. The CRS is taken from the file's
 * legacy {@code crs} member (ONS exports name EPSG:4326 or EPSG:27700), RFC 7946's WGS84 when there is none, and
 * checked against the coordinates, since plain GeoJSON readers ignore that member and would read metres as degrees.
 */
public final class OnsBoundaryImporter extends AbstractDatasetImporter {

    /** Importer id stored in provenance. */
    public static final String ID = "ons.boundaries";

    /** WGS84 longitude/latitude, the RFC 7946 default. */
    public static final String WGS84 = "EPSG:4326";

    /** British National Grid (OSGB36), eastings and northings in metres. */
    public static final String BRITISH_NATIONAL_GRID = "EPSG:27700";

    private static final Pattern CODE_PROPERTY = Pattern.compile("([A-Z]+[0-9]{2})CD");
    private static final Pattern EPSG = Pattern.compile("EPSG:{1,2}([0-9]+)", Pattern.CASE_INSENSITIVE);

    private static final JsonFactory JSON = new JsonFactory();

    /**
     * One area as read: properties, polygons (each a list of rings, each ring x0, y0, x1, y1, ...) and its 1-based
     * number in the file, given as the row of messages (ONS files are one line of JSON).
     */
    private record Feature(Map<String, String> properties, List<List<double[]>> polygons, long line) {
    }

    /** Made by the dataset catalogue from the {@code org.highneeds.data.datasets} extension. */
    public OnsBoundaryImporter() {
        super(ID, "1");
    }

    @Override
    public int recognise(SourceFile file) {
        String n = file.fileName().toLowerCase(Locale.ROOT);
        if (!n.endsWith(".geojson") && !n.endsWith(".json")) return 0;
        String head = new String(file.head(), StandardCharsets.UTF_8);
        return head.contains("\"FeatureCollection\"") ? 90 : 0;
    }

    @Override
    public ImportSummary load(SourceFile file, ImportSink sink, IProgressMonitor monitor) throws ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, "Importing boundaries from " + file.fileName(), 100);
        String name = file.fileName();
        String crsName = null;
        List<Feature> features = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file.path()); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw error(name, p, "not a GeoJSON object");
            boolean collection = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "type" -> collection = "FeatureCollection".equals(p.getValueAsString());
                    case "crs" -> crsName = crsName(p);
                    case "features" -> {
                        if (p.currentToken() != JsonToken.START_ARRAY) throw error(name, p, "'features' is not an array");
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            if (sub.isCanceled()) throw new OperationCanceledException();
                            features.add(feature(name, p, features.size() + 1));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!collection) throw new ImportException(where(name, 1), "not a GeoJSON FeatureCollection");
        } catch (JsonParseException e) {
            throw new ImportException(new ImportLocation(name, null, e.getLocation().getLineNr(), (int) e.getLocation()
                    .getColumnNr(), null), "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(where(name, 0), "cannot read the file: " + e.getMessage(), e);
        }
        sub.worked(40);
        if (features.isEmpty()) throw new ImportException(where(name, 1), "the file has no features");
        String crs = crs(name, crsName, features);
        String codeKey = codeProperty(name, features.get(0));
        String set = codeKey.substring(0, codeKey.length() - 2);
        String prefix = set;
        sink.describeDataset("ons.boundaries:" + set.toLowerCase(Locale.ROOT), "ONS boundaries " + set, "Office for National Statistics");
        try {
            write(sink, name, features, crs, set, prefix, sub.split(60));
            return new ImportSummary(features.size(), List.of("boundary_area", "boundary_ring"), set, set);
        } catch (SQLException e) {
            throw new ImportException(where(name, 0), "database error: " + e.getMessage(), e);
        }
    }

    private static void write(ImportSink sink, String name, List<Feature> features, String crs, String set, String prefix,
            IProgressMonitor monitor) throws SQLException, ImportException {
        SubMonitor sub = SubMonitor.convert(monitor, features.size());
        Connection c = sink.connection();
        long id = sink.provenanceId();
        try (PreparedStatement area = c.prepareStatement("INSERT INTO boundary_area VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                Statement s = c.createStatement()) {
            for (Feature f : features) {
                if (sub.isCanceled()) throw new OperationCanceledException();
                String code = f.properties().get(prefix + "CD");
                if (code == null || code.isBlank()) {
                    throw new ImportException(where(name, f.line()), "a feature without " + prefix + "CD");
                }
                double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
                double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
                int ringCount = 0;
                int points = 0;
                StringBuilder values = new StringBuilder();
                for (int pi = 0; pi < f.polygons().size(); pi++) {
                    List<double[]> polygon = f.polygons().get(pi);
                    for (int ri = 0; ri < polygon.size(); ri++) {
                        double[] ring = polygon.get(ri);
                        StringBuilder coords = new StringBuilder("[");
                        for (int k = 0; k < ring.length; k += 2) {
                            minX = Math.min(minX, ring[k]);
                            maxX = Math.max(maxX, ring[k]);
                            minY = Math.min(minY, ring[k + 1]);
                            maxY = Math.max(maxY, ring[k + 1]);
                            if (k > 0) coords.append(", ");
                            coords.append(ring[k]).append(", ").append(ring[k + 1]);
                        }
                        coords.append(']');
                        if (values.length() > 0) values.append(", ");
                        values.append('(').append(id).append(", ").append(SqlQuoting.literal(set)).append(", ")
                                .append(SqlQuoting.literal(code)).append(", ").append(pi).append(", ").append(ri).append(", ")
                                .append(ri > 0).append(", ").append(signedArea(ring) < 0).append(", ").append(ring.length / 2)
                                .append(", ").append(coords).append("::DOUBLE[])");
                        ringCount++;
                        points += ring.length / 2;
                    }
                }
                s.execute("INSERT INTO boundary_ring VALUES " + values);
                area.setLong(1, id);
                area.setString(2, set);
                area.setString(3, code.trim());
                area.setString(4, blankToNull(f.properties().get(prefix + "NM")));
                area.setString(5, blankToNull(f.properties().get(prefix + "NMW")));
                area.setString(6, crs);
                area.setDouble(7, minX);
                area.setDouble(8, minY);
                area.setDouble(9, maxX);
                area.setDouble(10, maxY);
                area.setInt(11, f.polygons().size());
                area.setInt(12, ringCount);
                area.setInt(13, points);
                area.addBatch();
                sub.worked(1);
            }
            area.executeBatch();
        }
    }

    /** Twice the signed area of a closed ring (shoelace); negative when the ring runs clockwise with y up. */
    static double signedArea(double[] ring) {
        double a = 0;
        for (int k = 0; k + 3 < ring.length; k += 2) a += ring[k] * ring[k + 3] - ring[k + 2] * ring[k + 1];
        return a;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The file's CRS, checked against its coordinates. */
    private static String crs(String name, String declared, List<Feature> features) throws ImportException {
        String crs;
        if (declared == null) {
            crs = WGS84; // RFC 7946: no crs member means WGS84 lon/lat
        } else if (declared.toUpperCase(Locale.ROOT).contains("CRS84")) {
            crs = WGS84;
        } else {
            Matcher m = EPSG.matcher(declared);
            if (!m.find()) throw new ImportException(where(name, 1), "unknown coordinate reference system '" + declared + "'");
            crs = "EPSG:" + m.group(1);
            if (!crs.equals(WGS84) && !crs.equals(BRITISH_NATIONAL_GRID)) {
                throw new ImportException(where(name, 1), "coordinate reference system " + crs + " is not supported "
                        + "(expected " + WGS84 + " or " + BRITISH_NATIONAL_GRID + ")");
            }
        }
        boolean degrees = crs.equals(WGS84);
        for (Feature f : features) {
            for (List<double[]> polygon : f.polygons()) {
                for (double[] ring : polygon) {
                    for (int k = 0; k < ring.length; k += 2) {
                        double x = ring[k];
                        double y = ring[k + 1];
                        boolean ok = degrees ? Math.abs(x) <= 180 && Math.abs(y) <= 90
                                : x >= -200_000 && x <= 1_000_000 && y >= -200_000 && y <= 1_500_000;
                        if (!ok) {
                            throw new ImportException(where(name, f.line()), "point (" + x + ", " + y + ") is outside "
                                    + (degrees ? "longitude/latitude" : "the British National Grid") + ", but the file "
                                    + (declared == null ? "declares no CRS (so WGS84 lon/lat)" : "declares " + declared));
                        }
                    }
                }
            }
        }
        return crs;
    }

    private static String codeProperty(String name, Feature first) throws ImportException {
        for (String k : first.properties().keySet()) {
            if (CODE_PROPERTY.matcher(k).matches()) return k;
        }
        throw new ImportException(where(name, first.line()), "no area code property such as CTYUA23CD (found: "
                + String.join(", ", first.properties().keySet()) + ")");
    }

    private static String crsName(JsonParser p) throws IOException {
        String name = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
                name = scalarMembers(p).get("name");
            } else {
                p.skipChildren();
            }
        }
        return name;
    }

    /** The members of the object at the parser whose values are not objects or arrays, as text; the rest skipped. */
    private static Map<String, String> scalarMembers(JsonParser p) throws IOException {
        Map<String, String> members = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) p.skipChildren();
            else members.put(key, t == JsonToken.VALUE_NULL ? null : p.getValueAsString());
        }
        return members;
    }

    private static Feature feature(String name, JsonParser p, long line) throws IOException, ImportException {
        Map<String, String> properties = new LinkedHashMap<>();
        List<List<double[]>> polygons = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
                properties = scalarMembers(p);
            } else if (field.equals("geometry") && p.currentToken() == JsonToken.START_OBJECT) {
                polygons = geometry(name, p, line);
            } else {
                p.skipChildren();
            }
        }
        if (polygons == null) throw new ImportException(where(name, line), "a feature without geometry");
        return new Feature(properties, polygons, line);
    }

    private static List<List<double[]>> geometry(String name, JsonParser p, long line) throws IOException, ImportException {
        String type = null;
        Object coordinates = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("type")) type = p.getValueAsString();
            else if (field.equals("coordinates")) coordinates = nested(p);
            else p.skipChildren();
        }
        if (coordinates == null) throw new ImportException(where(name, line), "a geometry without coordinates");
        List<List<double[]>> polygons = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(polygon(name, line, coordinates));
        } else if ("MultiPolygon".equals(type)) {
            for (Object poly : list(name, line, coordinates)) polygons.add(polygon(name, line, poly));
        } else {
            throw new ImportException(where(name, line), "geometry type " + type + " is not an area (Polygon or MultiPolygon)");
        }
        return polygons;
    }

    private static List<double[]> polygon(String name, long line, Object rings) throws ImportException {
        List<double[]> out = new ArrayList<>();
        for (Object ring : list(name, line, rings)) {
            List<Object> positions = list(name, line, ring);
            double[] flat = new double[positions.size() * 2];
            for (int i = 0; i < positions.size(); i++) {
                if (!(positions.get(i) instanceof double[] xy) || xy.length < 2) {
                    throw new ImportException(where(name, line), "a ring point is not a coordinate pair");
                }
                flat[2 * i] = xy[0];
                flat[2 * i + 1] = xy[1];
            }
            if (positions.size() < 4) throw new ImportException(where(name, line), "a ring with fewer than 4 points");
            out.add(flat);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(String name, long line, Object o) throws ImportException {
        if (o instanceof List<?> l) return (List<Object>) l;
        throw new ImportException(where(name, line), "coordinates nested unlike a Polygon or MultiPolygon");
    }

    /** A coordinates value: a position (numbers) as {@code double[]}, deeper arrays as lists. */
    private static Object nested(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return null;
        }
        List<Object> items = new ArrayList<>();
        double[] numbers = new double[3];
        int n = 0;
        boolean position = false;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
                position = true;
                if (n < numbers.length) numbers[n++] = p.getDoubleValue();
            } else {
                items.add(nested(p));
            }
        }
        if (position) return java.util.Arrays.copyOf(numbers, n);
        return items;
    }

    private static ImportException error(String name, JsonParser p, String problem) {
        return new ImportException(where(name, p.currentLocation().getLineNr()), problem);
    }

    private static ImportLocation where(String name, long line) {
        return new ImportLocation(name, null, line, 0, null);
    }
}
