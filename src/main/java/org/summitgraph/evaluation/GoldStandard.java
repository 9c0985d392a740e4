package org.summitgraph.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Hand-made answers for one article, in the TAB-separated format of the gold README: article metadata,
 * entities (and entities to ignore) with their surface forms, relations with evidence, attributes.
 */
public record GoldStandard(Map<String, String> article, Map<String, GoldEntity> entities,
                           List<GoldEntity> ignored, List<GoldRelation> relations, List<GoldAttribute> attributes) {

    /** @param forms the canonical name and every surface form, normalised */
    public record GoldEntity(String id, String type, String name, Set<String> forms) {
    }

    public record GoldRelation(String subject, String predicate, String object, String qualifier, String evidence) {
    }

    public record GoldAttribute(String subject, String property, String value) {
    }

    /** The gold file cannot be read; the message names the line. */
    public static class InvalidGoldException extends RuntimeException {
        InvalidGoldException(String message) {
            super(message);
        }
    }

    public static GoldStandard read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    public static GoldStandard parse(String text, String name) {
        Map<String, String> article = new LinkedHashMap<>();
        Map<String, GoldEntity> entities = new LinkedHashMap<>();
        List<GoldEntity> ignored = new ArrayList<>();
        List<GoldRelation> relations = new ArrayList<>();
        List<GoldAttribute> attributes = new ArrayList<>();
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String where = name + ":" + (i + 1);
            switch (c[0]) {
                case "article" -> {
                    need(c, 3, where);
                    article.put(c[1], c[2]);
                }
                case "entity", "ignore" -> {
                    need(c, 4, where);
                    Set<String> forms = new LinkedHashSet<>();
                    forms.add(Labels.normalise(c[3]));
                    if (c.length > 4) {
                        Arrays.stream(c[4].split("\\|")).filter(f -> !f.isBlank()).map(Labels::normalise).forEach(forms::add);
                    }
                    GoldEntity e = new GoldEntity(c[1], c[2], c[3], forms);
                    if (c[0].equals("entity")) {
                        entities.put(e.id(), e);
                    } else {
                        ignored.add(e);
                    }
                }
                case "relation" -> {
                    need(c, 4, where);
                    relations.add(new GoldRelation(c[1], c[2], c[3], c.length > 4 ? c[4] : "", c.length > 5 ? c[5] : ""));
                }
                case "attribute" -> {
                    need(c, 4, where);
                    attributes.add(new GoldAttribute(c[1], c[2], c[3]));
                }
                default -> throw new InvalidGoldException(where + ": unknown row kind '" + c[0] + "'");
            }
        }
        for (GoldRelation r : relations) {
            if (!entities.containsKey(r.subject()) || !entities.containsKey(r.object())) {
                throw new InvalidGoldException(name + ": relation " + r + " names an entity that no entity row defines");
            }
        }
        return new GoldStandard(article, entities, ignored, relations, attributes);
    }

    private static void need(String[] columns, int n, String where) {
        if (columns.length < n) {
            throw new InvalidGoldException(where + ": expected at least " + n + " TAB-separated columns, found " + columns.length);
        }
    }
}
