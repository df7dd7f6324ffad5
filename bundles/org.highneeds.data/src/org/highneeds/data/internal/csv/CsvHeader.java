package org.highneeds.data.internal.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header row of a comma-separated file read from its first bytes: BOM dropped, quotes removed, duplicated
 * names made unique with a {@code _2}, {@code _3} suffix (reported in {@link #duplicates()}).
 */
public record CsvHeader(List<String> names, List<String> duplicates, boolean bom) {

    /** Column names in lower case, for lookups by name (EES column case varies: AP_PRU_total_pc). */
    public List<String> lowerNames() {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    /** True when a column of that name (case-insensitive) exists. */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** 0-based index of a column by case-insensitive name, or -1. */
    public int indexOf(String name) {
        List<String> lower = lowerNames();
        return lower.indexOf(name.toLowerCase(Locale.ROOT));
    }

    /** Problems reading a header, with the 1-based column where one is known. */
    public static final class HeaderProblem extends Exception {
        private static final long serialVersionUID = 1L;
        private final int column;

        HeaderProblem(int column, String message) {
            super(message);
            this.column = column;
        }

        /** 1-based column, 0 if unknown. */
        public int column() {
            return column;
        }
    }

    /** Parses the first line of {@code head}; {@code null} when the bytes hold no complete first line and no data. */
    public static CsvHeader parse(byte[] head) throws HeaderProblem {
        int start = 0;
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF;
        if (bom) start = 3;
        int end = start;
        boolean quoted = false;
        while (end < head.length) {
            byte b = head[end];
            if (b == '"') quoted = !quoted;
            else if (!quoted && (b == '\n' || b == '\r')) break;
            end++;
        }
        if (end == start) throw new HeaderProblem(0, "the file is empty (no header row)");
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HeaderProblem(0, "the header row is not UTF-8 text (" + e.getMessage() + ")");
        }
        List<String> raw = splitRecord(line);
        List<String> names = new ArrayList<>();
        List<String> dups = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            String n = raw.get(i).strip();
            if (n.isEmpty()) n = "column_" + (i + 1);
            String key = n.toLowerCase(Locale.ROOT);
            int count = seen.merge(key, 1, Integer::sum);
            if (count > 1) {
                dups.add(n);
                String candidate = n + "_" + count;
                while (seen.containsKey(candidate.toLowerCase(Locale.ROOT))) candidate = candidate + "_";
                seen.put(candidate.toLowerCase(Locale.ROOT), 1);
                n = candidate;
            }
            names.add(n);
        }
        return new CsvHeader(List.copyOf(names), List.copyOf(dups), bom);
    }

    /** The header of a file's first bytes for recognition, empty when they have none that reads as UTF-8. */
    public static java.util.Optional<CsvHeader> sniff(byte[] head) {
        try {
            return java.util.Optional.of(parse(head));
        } catch (HeaderProblem e) {
            return java.util.Optional.empty();
        }
    }

    /** Splits one CSV record (RFC 4180 quoting) into fields. */
    public static List<String> splitRecord(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
