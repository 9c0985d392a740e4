package org.summitgraph.evaluation;

import org.apache.jena.rdf.model.Resource;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which gold entity each extracted entity stands for: a maximum matching, each side used at most once. */
final class EntityMatching {

    private EntityMatching() {
    }

    static boolean compatible(Set<String> types, GoldStandard.GoldEntity g, Set<String> labels) {
        boolean typeOk = switch (g.type()) {
            case "Organization", "Company" -> types.contains("Organization") || types.contains("Company");
            default -> types.contains(g.type());
        };
        return typeOk && labels.stream().anyMatch(g.forms()::contains);
    }

    static Map<Resource, String> match(Map<Resource, Set<String>> extracted, Collection<GoldStandard.GoldEntity> gold) {
        Map<Resource, List<String>> edges = new LinkedHashMap<>();
        for (Map.Entry<Resource, Set<String>> e : extracted.entrySet()) {
            Set<String> labels = Scorer.labels(e.getKey());
            List<String> candidates = gold.stream().filter(g -> compatible(e.getValue(), g, labels))
                    .map(GoldStandard.GoldEntity::id).toList();
            if (!candidates.isEmpty()) {
                edges.put(e.getKey(), candidates);
            }
        }
        Map<String, Resource> goldToExtracted = new HashMap<>();
        for (Resource r : edges.keySet()) {
            augment(r, edges, goldToExtracted, new HashSet<>());
        }
        Map<Resource, String> out = new LinkedHashMap<>();
        goldToExtracted.forEach((g, r) -> out.put(r, g));
        return out;
    }

    private static boolean augment(Resource r, Map<Resource, List<String>> edges, Map<String, Resource> owner,
                                   Set<String> seen) {
        for (String g : edges.get(r)) {
            if (seen.add(g) && (!owner.containsKey(g) || augment(owner.get(g), edges, owner, seen))) {
                owner.put(g, r);
                return true;
            }
        }
        return false;
    }
}
