package nl.samenspraak.dialogue.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueChecks;
import nl.samenspraak.dialogue.DialogueProblem;
import nl.samenspraak.dialogue.NodeType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads dialogue files: YAML syntax, then the JSON Schema in {@code dialogues/schema}, then the checks no
 * schema can express ({@link DialogueChecks}). Every problem in every file is collected, each with its
 * file and line, so an author sees all of them at once.
 */
public final class DialogueLoader {

    static final String SCHEMA_RESOURCE = "dialogues/schema/dialogue.schema.json";
    /** Where a probe's trigger sits: {@code …/probe/when}, or {@code …/probe/2/when} in a list of probes. */
    private static final Pattern PROBE_TRIGGER = Pattern.compile(".*/probe(/\\d+)?/when");
    private static final String ROLE = "/summary/role";
    /** Where the schema says what a text is: the rule a number or a list in the place of a text breaks. */
    private static final String TEXT_TYPE = "#/$defs/text/type";
    /** Where the schema says a branch's case has a goto or nodes of its own, and not both. */
    private static final String CASE_WAYS = "#/$defs/case/oneOf";

    private final Schema schema;
    private final NodeTypeFields nodeFields;
    /** "short, vague, problem-framed": the schema's list, which the engine's probe triggers match. */
    private final String probeTriggers;
    private final JsonMapper json = JsonMapper.builder().build();

    public DialogueLoader() {
        try (InputStream in = DialogueLoader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the dialogue schema " + SCHEMA_RESOURCE + " is not on the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
            JsonNode tree = json.readTree(text);
            nodeFields = NodeTypeFields.of(tree);
            List<String> triggers = new ArrayList<>();
            tree.at("/$defs/probe/properties/when/enum").forEach(trigger -> triggers.add(trigger.asString()));
            probeTriggers = String.join(", ", triggers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads every file (name → content) or throws {@link InvalidDialoguesException} listing every problem.
     * Names are shown as given, e.g. {@code dialogues/paradoxen.yaml}.
     */
    public List<Dialogue> loadAll(Map<String, String> files) {
        return loadAll(files, Set.of());
    }

    /**
     * As {@link #loadAll(Map)}, where a dialogue may also name (in {@code recommends}) the dialogues of
     * {@code otherIds}: those of the folder when only some of its files are checked.
     */
    public List<Dialogue> loadAll(Map<String, String> files, Set<String> otherIds) {
        List<DialogueProblem> problems = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        Map<String, LocatedYaml> yamlByFile = new LinkedHashMap<>();
        List<Dialogue> dialogues = new ArrayList<>();
        for (Map.Entry<String, String> file : new LinkedHashMap<>(files).entrySet()) {
            List<DialogueProblem> fileProblems = new ArrayList<>();
            Dialogue dialogue = load(file.getKey(), file.getValue(), fileProblems, yamlByFile);
            problems.addAll(fileProblems);
            if (dialogue != null && fileProblems.isEmpty()) {
                String other = fileById.putIfAbsent(dialogue.id(), file.getKey());
                if (other != null) {
                    problems.add(new DialogueProblem(file.getKey(), 1, "dialogue id '" + dialogue.id()
                            + "' is also used by " + other));
                }
                dialogues.add(dialogue);
            }
        }
        Set<String> known = new java.util.TreeSet<>(otherIds);
        known.addAll(fileById.keySet());
        for (Dialogue dialogue : dialogues) {
            String file = fileById.get(dialogue.id());
            recommendations(file, yamlByFile.get(file), yamlByFile.get(file).root(), "", known, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidDialoguesException(problems);
        }
        return dialogues;
    }

    /** Loads one file; adds its problems to the list and returns null when it cannot be read at all. */
    private Dialogue load(String fileName, String text, List<DialogueProblem> problems, Map<String, LocatedYaml> parsed) {
        LocatedYaml yaml;
        try {
            yaml = LocatedYaml.parse(text);
            parsed.put(fileName, yaml);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            problems.add(new DialogueProblem(fileName, line, "not valid YAML: " + yamlMessage(e.getOriginalMessage())));
            return null;
        }
        List<DialogueProblem> schemaProblems = schemaProblems(fileName, yaml);
        if (!schemaProblems.isEmpty()) {
            problems.addAll(schemaProblems);
            return null;
        }
        Dialogue dialogue;
        try {
            dialogue = json.treeToValue(yaml.root(), Dialogue.class);
        } catch (JacksonException e) {
            problems.add(new DialogueProblem(fileName, 1, "cannot be read: " + e.getOriginalMessage()));
            return null;
        }
        problems.addAll(new DialogueChecks(fileName, dialogue, yaml).problems());
        return dialogue;
    }

    /** Every dialogue an option {@code recommends} (a scan's factor) is one of the catalog's, named by its id. */
    private static void recommendations(String fileName, LocatedYaml yaml, JsonNode value, String pointer,
                                        Set<String> known, List<DialogueProblem> problems) {
        if (value.isObject()) {
            JsonNode recommends = value.get("recommends");
            if (recommends != null && recommends.isObject()) {
                for (String kind : List.of("weak", "divided")) {
                    JsonNode ids = recommends.path(kind);
                    for (int i = 0; i < ids.size(); i++) {
                        String id = ids.get(i).asString("");
                        if (!known.contains(id)) {
                            String at = pointer + "/recommends/" + kind + "/" + i;
                            problems.add(new DialogueProblem(fileName, yaml.lineOf(at), at + ": '" + id
                                    + "' names no dialogue; the dialogues are " + String.join(", ", known)));
                        }
                    }
                }
            }
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                if (!field.getKey().equals("recommends")) {
                    recommendations(fileName, yaml, field.getValue(), pointer + "/" + LocatedYaml.escape(field.getKey()),
                            known, problems);
                }
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                recommendations(fileName, yaml, value.get(i), pointer + "/" + i, known, problems);
            }
        }
    }

    private List<DialogueProblem> schemaProblems(String fileName, LocatedYaml yaml) {
        List<Error> errors = schema.validate(yaml.root());
        // A node with an unknown type matches no type's fields; report the type, not each field it has.
        Set<String> badTypeNodes = errors.stream().map(e -> pointer(e.getInstanceLocation()))
                .filter(p -> p.endsWith("/type")).map(p -> p.substring(0, p.length() - "/type".length()))
                .collect(Collectors.toSet());
        List<DialogueProblem> problems = new ArrayList<>();
        for (Error error : errors) {
            String pointer = pointer(error.getInstanceLocation());
            boolean hiddenByType = badTypeNodes.stream().anyMatch(node -> !pointer.equals(node + "/type")
                    && (pointer.equals(node) || pointer.startsWith(node + "/")));
            boolean fieldOfItsType = unknownField(error) && nodeFields.allows(yaml.root().at(pointer), error.getProperty());
            // Each of a case's two ways reports what it misses; the one message about the choice says it all.
            boolean oneWayOfACase = error.getSchemaLocation().toString().contains(CASE_WAYS + "/");
            DialogueProblem problem = problem(fileName, yaml, error, pointer);
            if (!hiddenByType && !fieldOfItsType && !oneWayOfACase && !problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private DialogueProblem problem(String fileName, LocatedYaml yaml, Error error, String pointer) {
        String message = message(error);
        if (unknownField(error)) {
            message = "summary".equals(error.getProperty())
                    ? "a " + yaml.root().at(pointer + "/type").asString("") + " node cannot carry a summary role"
                    : "unknown field '" + error.getProperty() + "'";
            pointer = pointer + "/" + LocatedYaml.escape(error.getProperty());
        } else if (pointer.endsWith("/type") && "enum".equals(error.getKeyword())) {
            message = "unknown node type '" + error.getInstanceNode().asString() + "'; expected one of "
                    + Arrays.stream(NodeType.values()).map(NodeType::wireName).collect(Collectors.joining(", "));
        } else if (pointer.endsWith(ROLE) && "enum".equals(error.getKeyword())) {
            String type = yaml.root().at(pointer.substring(0, pointer.length() - ROLE.length()) + "/type").asString("");
            List<String> roles = nodeFields.roles(type);
            message = "a " + type + " node cannot carry the summary role '" + error.getInstanceNode().asString() + "'; "
                    + (roles.isEmpty() ? "it carries none" : "it may carry " + String.join(", ", roles));
        } else if (error.getSchemaLocation().toString().endsWith(CASE_WAYS)) {
            message = "a case either jumps (goto: the id of a later node) or runs steps of its own (nodes: a list, "
                    + "and then the dialogue goes on after the branch); this one has "
                    + (error.getInstanceNode().has("goto") ? "both" : "neither");
        } else if (error.getSchemaLocation().toString().endsWith(TEXT_TYPE)) {
            message = "a text is a plain string (the same in every language) or a text per language, {nl: …, en: …}; "
                    + "this is " + kind(error.getInstanceNode());
        } else if (PROBE_TRIGGER.matcher(pointer).matches() && "enum".equals(error.getKeyword())) {
            message = "unknown probe trigger '" + error.getInstanceNode().asString() + "'; expected one of "
                    + probeTriggers;
        }
        String where = pointer.isEmpty() ? "" : pointer + ": ";
        return new DialogueProblem(fileName, yaml.lineOf(pointer), where + message);
    }

    /** What a value is, in an author's words: "a list", "a number". */
    private static String kind(JsonNode value) {
        if (value.isArray()) {
            return "a list";
        }
        return value.isNumber() ? "a number" : value.isBoolean() ? "yes/no (true or false)" : "empty";
    }

    private static boolean unknownField(Error error) {
        return error.getProperty() != null && error.getKeyword() != null && error.getKeyword().endsWith("Properties");
    }

    /**
     * SnakeYAML's message spans lines, each remark followed by "in reader, line..", a copy of the source line
     * and a caret; the problem's line number already says where, so only the remarks are kept.
     */
    private static String yamlMessage(String message) {
        List<String> remarks = new ArrayList<>();
        List<String> lines = message.lines().map(String::strip).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("in reader")) {
                i += 2;
            } else if (!lines.get(i).isEmpty()) {
                remarks.add(lines.get(i));
            }
        }
        return String.join("; ", remarks);
    }

    private static String message(Error error) {
        String message = error.getMessage();
        String location = error.getInstanceLocation().toString();
        return message.startsWith(location + ": ") ? message.substring(location.length() + 2) : message;
    }

    static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(LocatedYaml.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }
}
