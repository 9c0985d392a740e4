package org.summitgraph.article;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The optional metadata block at the top of an article file: lines {@code key: value} up to the first
 * blank line. Only the known keys open a block, so a body that starts with "Note: ..." stays body.
 */
record Header(Map<String, String> fields, String body) {

    static final Set<String> KEYS = Set.of("title", "url", "date", "language", "publisher");
    private static final Pattern LINE = Pattern.compile("^([A-Za-z]+)\\s*:\\s*(.*)$");

    static Header parse(String text) {
        String[] lines = text.split("\n", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length) {
            Matcher m = LINE.matcher(lines[i].strip());
            if (!m.matches() || !KEYS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                break;
            }
            fields.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            i++;
        }
        if (fields.isEmpty() || (i < lines.length && !lines[i].isBlank())) {
            return new Header(Map.of(), text);
        }
        StringBuilder body = new StringBuilder();
        for (int j = i + 1; j < lines.length; j++) {
            body.append(lines[j]);
            if (j < lines.length - 1) {
                body.append('\n');
            }
        }
        return new Header(Map.copyOf(fields), body.toString());
    }

    String get(String key) {
        String value = fields.get(key);
        return value == null || value.isBlank() ? null : value;
    }
}
