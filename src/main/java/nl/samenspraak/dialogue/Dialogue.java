package nl.samenspraak.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A scripted conversation, as loaded from one file in {@code dialogues/}. */
public record Dialogue(
        String id,
        int version,
        LocalizedText title,
        LocalizedText description,
        List<String> languages,
        List<Mode> modes,
        int estimatedMinutes,
        List<SourceRef> sources,
        List<Node> nodes) {

    public static final String DEFAULT_LANGUAGE = "nl";

    public Dialogue {
        languages = List.copyOf(languages);
        modes = List.copyOf(modes);
        sources = List.copyOf(sources);
        nodes = List.copyOf(nodes);
    }

    /** Every node, those inside foreach nodes and branch ways included, in file order. */
    public List<Node> allNodes() {
        List<Node> all = new ArrayList<>();
        collect(nodes, all);
        return all;
    }

    private static void collect(List<Node> list, List<Node> into) {
        for (Node node : list) {
            into.add(node);
            node.innerLists().values().forEach(inner -> collect(inner, into));
        }
    }

    /** The nodes that declare a summary role, in the dialogue's order. */
    public List<Node> nodesWithRole(SummaryRole role) {
        return allNodes().stream().filter(n -> n.role() == role).toList();
    }

    /** Whether any node declares the role: whether the summary has the section that role feeds. */
    public boolean declares(SummaryRole role) {
        return allNodes().stream().anyMatch(n -> n.role() == role);
    }

    /**
     * The node whose chosen options the innermost foreach around a node goes over ("paradoxes" for the
     * position asked per paradox); empty for a node outside any foreach.
     */
    public Optional<Node> itemSource(String nodeId) {
        List<Node> chain = Route.foreachChain(this, nodeId);
        return chain == null || chain.isEmpty() ? Optional.empty() : node(chain.get(chain.size() - 1).over());
    }

    public Optional<Node> node(String nodeId) {
        return allNodes().stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    public boolean supportsLanguage(String language) {
        return languages.contains(language);
    }
}
