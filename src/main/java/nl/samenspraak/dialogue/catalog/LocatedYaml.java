package nl.samenspraak.dialogue.catalog;

import nl.samenspraak.dialogue.DialogueChecks;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document as a JSON tree, together with the line on which each value starts, so that every problem
 * found in the tree (by the JSON Schema or by our own checks) can be reported as {@code file:line}.
 * Jackson's tree does not keep locations, so the tree is built here from the parser's tokens.
 */
record LocatedYaml(JsonNode root, Map<String, Integer> lines) implements DialogueChecks.Source {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static LocatedYaml parse(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = YAML.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new LocatedYaml(JsonNodeFactory.instance.nullNode(), lines);
            }
            JsonNode root = read(parser, "", lines);
            return new LocatedYaml(root, lines);
        }
    }

    private static JsonNode read(JsonParser parser, String pointer, Map<String, Integer> lines) {
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + escape(name);
                lines.put(child, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                object.set(name, read(parser, child, lines));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(read(parser, pointer + "/" + index++, lines));
            }
            return array;
        }
        return parser.readValueAsTree();
    }

    /** JSON Pointer escaping (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** The line of the value at the pointer, or of its nearest enclosing value that has one. */
    @Override
    public int lineOf(String pointer) {
        String p = pointer;
        while (true) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    @Override
    public boolean isList(String pointer) {
        return root.at(pointer).isArray();
    }
}
