package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of a dialogue. A single record for every node type keeps the script model as plain as the YAML
 * it comes from: the JSON Schema says which fields each type may have, and the limits get their documented
 * defaults here so that the engine and every client see the same numbers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Node(
        String id,
        NodeType type,
        String when,
        @JsonProperty("goto") String target,
        SourceRef source,
        LocalizedText help,
        Visibility visibility,
        NodeSummary summary,
        LocalizedText text,
        LocalizedText prompt,
        LocalizedText placeholder,
        Integer minWords,
        Integer maxWords,
        Integer maxChars,
        // One probe, or a list of them: "probe: {…}" reads as well as the list of one it stands for.
        @JsonProperty("probe") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Probe> probes,
        Integer minItems,
        Integer maxItems,
        Integer maxItemChars,
        List<Option> options,
        Integer minSelected,
        Integer maxSelected,
        Poles poles,
        Integer min,
        Integer max,
        List<BranchCase> cases,
        BranchCase otherwise,
        String over,
        List<Node> nodes) {

    public Node {
        if (type == NodeType.TEXT) {
            minWords = orDefault(minWords, 1);
            maxWords = orDefault(maxWords, 400);
            maxChars = orDefault(maxChars, 3000);
        } else if (type == NodeType.LIST) {
            minItems = orDefault(minItems, 1);
            maxItems = orDefault(maxItems, 10);
            maxItemChars = orDefault(maxItemChars, 200);
        } else if (type == NodeType.MULTI) {
            minSelected = orDefault(minSelected, 1);
            maxSelected = orDefault(maxSelected, options == null ? 1 : options.size());
        } else if (type == NodeType.SCALE) {
            min = orDefault(min, -3);
            max = orDefault(max, 3);
        }
        probes = probes == null ? null : List.copyOf(probes);
        options = options == null ? null : List.copyOf(options);
        cases = cases == null ? null : List.copyOf(cases);
        nodes = nodes == null ? null : List.copyOf(nodes);
    }

    private static Integer orDefault(Integer value, int fallback) {
        return value != null ? value : fallback;
    }

    /** The role this node's answers play in the summary, or null. */
    public SummaryRole role() {
        return summary == null ? null : summary.role();
    }

    /** The short name the node declares for the summary ({@code summary: {label: …}}), or null. */
    public LocalizedText summaryLabel() {
        return summary == null ? null : summary.label();
    }

    /** The default visibility of an answer to this node. */
    public Visibility defaultVisibility() {
        return visibility != null ? visibility : Visibility.SHARED;
    }

    /** The probe of this node with the given trigger; a node has at most one per trigger. */
    Optional<Probe> probe(ProbeTrigger trigger) {
        return probes == null ? Optional.empty() : probes.stream().filter(p -> p.trigger() == trigger).findFirst();
    }

    /**
     * The lists of nodes inside this one, in file order, each by its place below the node (a JSON Pointer):
     * a foreach's {@code /nodes}, and the nodes of a branch's ways, {@code /cases/0/nodes} and {@code /otherwise/nodes}.
     */
    Map<String, List<Node>> innerLists() {
        Map<String, List<Node>> lists = new LinkedHashMap<>();
        if (nodes != null) {
            lists.put("/nodes", nodes);
        }
        if (cases != null) {
            for (int c = 0; c < cases.size(); c++) {
                if (cases.get(c).gathers()) {
                    lists.put("/cases/" + c + "/nodes", cases.get(c).nodes());
                }
            }
        }
        if (otherwise != null && otherwise.gathers()) {
            lists.put("/otherwise/nodes", otherwise.nodes());
        }
        return lists;
    }

    public Optional<Option> option(String optionId) {
        return options == null ? Optional.empty()
                : options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
