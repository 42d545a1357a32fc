package nl.samenspraak.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The way through a dialogue that the answers so far lead to: every step the participant sees, in order,
 * from the first to an end node. It is derived anew from the answers each time, so a changed answer
 * re-evaluates every condition, branch and foreach after it. Jumps only go forward, and a branch way's own
 * nodes gather again after the branch, so the walk always ends.
 */
final class Route {

    /** One step on the way: its id (with foreach items), its node, and the scope it is shown in. */
    record StepRef(String id, Node node, Scope scope) {
    }

    private Route() {
    }

    static List<StepRef> of(Dialogue dialogue, Speaker speaker, Map<String, GivenAnswer> answers) {
        List<StepRef> steps = new ArrayList<>();
        walk(dialogue, dialogue.nodes(), new Scope(dialogue, speaker, answers), steps);
        return steps;
    }

    /** Walks one list of nodes; true when an end node was reached. */
    private static boolean walk(Dialogue dialogue, List<Node> list, Scope scope, List<StepRef> steps) {
        int i = 0;
        while (i < list.size()) {
            Node node = list.get(i);
            if (node.when() != null && !scope.test(node.when())) {
                i++;
                continue;
            }
            String jump = node.target();
            switch (node.type()) {
                case BRANCH -> {
                    BranchCase way = wayTaken(node, scope);
                    jump = way == null ? null : way.target();
                    // A way with nodes of its own runs them; when they do not end the dialogue, it gathers
                    // again at the node after the branch.
                    if (way != null && way.gathers() && walk(dialogue, way.nodes(), scope, steps)) {
                        return true;
                    }
                }
                case FOREACH -> {
                    for (Item item : items(dialogue, node, scope)) {
                        if (walk(dialogue, node.nodes(), scope.within(item), steps)) {
                            return true;
                        }
                    }
                }
                case END -> {
                    steps.add(new StepRef(scope.stepId(node.id()), node, scope));
                    return true;
                }
                default -> steps.add(new StepRef(scope.stepId(node.id()), node, scope));
            }
            i = jump == null ? i + 1 : indexOf(list, jump);
        }
        return false;
    }

    /** The first case whose condition holds, else the otherwise way; null when neither (the branch falls through). */
    private static BranchCase wayTaken(Node branch, Scope scope) {
        for (BranchCase c : branch.cases()) {
            if (scope.test(c.when())) {
                return c;
            }
        }
        return branch.otherwise();
    }

    private static int indexOf(List<Node> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("goto '" + id + "' names no node in its list; the loader should have refused it");
    }

    /**
     * The foreach nodes around a node, outermost first; null when the dialogue has no such node. A branch way
     * around the node adds none: it gives no items, so its steps keep the ids of the nodes they show.
     */
    static List<Node> foreachChain(Dialogue dialogue, String nodeId) {
        return chain(dialogue.nodes(), nodeId, new ArrayList<>());
    }

    private static List<Node> chain(List<Node> list, String nodeId, List<Node> around) {
        for (Node node : list) {
            if (node.id().equals(nodeId)) {
                return around;
            }
            List<Node> inner = new ArrayList<>(around);
            if (node.type() == NodeType.FOREACH) {
                inner.add(node);
            }
            for (List<Node> innerList : node.innerLists().values()) {
                List<Node> found = chain(innerList, nodeId, inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The item with the given id of a foreach: an option of the multi it goes over, or an entry's number. */
    static Item item(Dialogue dialogue, Node foreach, String itemId, String language) {
        Node over = dialogue.node(foreach.over()).orElseThrow();
        if (over.type() == NodeType.MULTI) {
            Option option = over.option(itemId).orElseThrow(() ->
                    new AnswerRejectedException("nodeId", "'" + itemId + "' is not an option of " + over.id()));
            return new Item(option.id(), option.label().in(language), 0, 0, attributes(option, language));
        }
        return new Item(itemId, "#" + itemId, 0, 0, Map.of());
    }

    private static Map<String, String> attributes(Option option, String language) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        option.attributes().forEach((name, text) -> attributes.put(name, text.in(language)));
        return attributes;
    }

    /** The items a foreach runs over: the options chosen in a multi node, or the entries of a list answer. */
    static List<Item> items(Dialogue dialogue, Node foreach, Scope scope) {
        GivenAnswer answer = scope.answer(foreach.over());
        Node over = dialogue.node(foreach.over()).orElseThrow();
        List<String> values = answer == null ? List.of() : Display.strings(answer.value());
        String language = scope.speaker().language();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (over.type() == NodeType.MULTI) {
                Option option = over.option(value).orElseThrow();
                items.add(new Item(option.id(), option.label().in(language), i + 1, values.size(), attributes(option, language)));
            } else {
                items.add(new Item(String.valueOf(i + 1), value, i + 1, values.size(), Map.of()));
            }
        }
        return items;
    }
}
