package nl.samenspraak.dialogue.catalog;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields each node type may have, as the JSON Schema declares them. When a node breaks a rule of its
 * type (a value out of range, an unknown probe trigger), the schema no longer counts that type's fields as
 * evaluated and calls each of them unknown; the loader leaves those out, so the author sees the one real problem.
 */
record NodeTypeFields(Map<String, Set<String>> byType, Map<String, List<String>> rolesByType) {

    static NodeTypeFields of(JsonNode schema) {
        JsonNode node = schema.at("/$defs/node");
        Set<String> common = names(node.get("properties"));
        Map<String, Set<String>> byType = new HashMap<>();
        Map<String, List<String>> roles = new HashMap<>();
        for (JsonNode rule : node.get("allOf")) {
            Set<String> fields = new HashSet<>(common);
            fields.addAll(names(rule.at("/then/properties")));
            String type = rule.at("/if/properties/type/const").asString();
            byType.put(type, Set.copyOf(fields));
            List<String> allowed = new ArrayList<>();
            rule.at("/then/properties/summary/properties/role/enum").forEach(role -> allowed.add(role.asString()));
            roles.put(type, List.copyOf(allowed));
        }
        return new NodeTypeFields(Map.copyOf(byType), Map.copyOf(roles));
    }

    /** The summary roles a node of this type may carry, as the schema lists them; none for most types. */
    List<String> roles(String type) {
        return rolesByType.getOrDefault(type, List.of());
    }

    /** Whether the value is a node whose type may have the field. */
    boolean allows(JsonNode value, String field) {
        return byType.getOrDefault(value.path("type").asString(""), Set.of()).contains(field);
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new HashSet<>();
        properties.properties().forEach(entry -> names.add(entry.getKey()));
        return names;
    }
}
