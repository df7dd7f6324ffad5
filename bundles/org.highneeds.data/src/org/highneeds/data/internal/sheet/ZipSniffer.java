package org.highneeds.data.internal.sheet;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads what it can of zip entries inside a sniff buffer (the first bytes of a file), without the rest of the file:
 * local headers in order, each entry inflated as far as the buffer goes, capped, so importers can recognise a
 * workbook by its sheet names and header text from {@code SourceFile.head()} alone.
 */
public final class ZipSniffer {

    /** Most bytes inflated per entry: enough for workbook.xml and the start of a sheet, bounded against bombs. */
    public static final int MAX_INFLATED = 1 << 20;

    private ZipSniffer() {
    }

    /** Entry name to the (possibly partial) inflated text of that entry, in file order. */
    public static Map<String, String> entries(byte[] head) {
        Map<String, String> out = new LinkedHashMap<>();
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 0;
        while (pos + 30 <= head.length && b.getInt(pos) == 0x04034b50) {
            int flags = b.getShort(pos + 6) & 0xffff;
            int method = b.getShort(pos + 8) & 0xffff;
            long compressed = b.getInt(pos + 18) & 0xffffffffL;
            int nameLen = b.getShort(pos + 26) & 0xffff;
            int extraLen = b.getShort(pos + 28) & 0xffff;
            int dataStart = pos + 30 + nameLen + extraLen;
            if (dataStart > head.length) break;
            String name = new String(head, pos + 30, nameLen, StandardCharsets.UTF_8);
            boolean sizeKnown = (flags & 8) == 0 && compressed > 0;
            int available = (int) Math.min(head.length - dataStart, sizeKnown ? compressed : Integer.MAX_VALUE);
            byte[] data;
            int consumed;
            if (method == 0) {
                data = new byte[Math.min(available, MAX_INFLATED)];
                System.arraycopy(head, dataStart, data, 0, data.length);
                consumed = available;
            } else if (method == 8) {
                Inflater inf = new Inflater(true);
                try {
                    inf.setInput(head, dataStart, available);
                    byte[] buf = new byte[MAX_INFLATED];
                    int n = 0;
                    while (n < buf.length && !inf.finished() && !inf.needsInput()) {
                        int k = inf.inflate(buf, n, buf.length - n);
                        if (k == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                        n += k;
                    }
                    data = java.util.Arrays.copyOf(buf, n);
                    consumed = inf.finished() ? (int) inf.getBytesRead() : available;
                } catch (DataFormatException e) {
                    break;
                } finally {
                    inf.end();
                }
            } else {
                break;
            }
            out.put(name, new String(data, StandardCharsets.UTF_8));
            if (!sizeKnown && (flags & 8) != 0) {
                // data descriptor follows the data: skip it (optional signature + crc + sizes)
                int next = dataStart + consumed;
                if (next + 4 <= head.length && b.getInt(next) == 0x08074b50) next += 16;
                else next += 12;
                pos = next;
            } else {
                pos = dataStart + (int) compressed;
            }
        }
        return out;
    }

    /** All inflated text of the sniff buffer joined, for simple "contains" checks. */
    public static String text(byte[] head) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : entries(head).entrySet()) {
            b.append("\n<<").append(e.getKey()).append(">>\n").append(e.getValue());
        }
        return b.toString();
    }
}
