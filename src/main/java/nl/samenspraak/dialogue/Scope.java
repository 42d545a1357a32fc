package nl.samenspraak.dialogue;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where in the dialogue an expression is evaluated: the answers so far, who is speaking, and the chain of
 * foreach items around the node. Inside a foreach, {@code answers['position']} means the answer for the
 * current item, so a step id is the node id followed by {@code @item} for each enclosing foreach.
 */
final class Scope {

    private final Dialogue dialogue;
    private final Speaker speaker;
    private final Map<String, GivenAnswer> answers;
    private final List<Item> items;

    Scope(Dialogue dialogue, Speaker speaker, Map<String, GivenAnswer> answers) {
        this(dialogue, speaker, answers, List.of());
    }

    private Scope(Dialogue dialogue, Speaker speaker, Map<String, GivenAnswer> answers, List<Item> items) {
        this.dialogue = dialogue;
        this.speaker = speaker;
        this.answers = answers;
        this.items = items;
    }

    Scope within(Item item) {
        List<Item> chain = new ArrayList<>(items);
        chain.add(item);
        return new Scope(dialogue, speaker, answers, List.copyOf(chain));
    }

    Speaker speaker() {
        return speaker;
    }

    List<Item> items() {
        return items;
    }

    Item item() {
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    String stepId(String nodeId) {
        return nodeId + items.stream().map(i -> "@" + i.id()).collect(Collectors.joining());
    }

    /** The answer to the node as seen from here: the innermost item's answer first, then outwards. */
    GivenAnswer answer(String nodeId) {
        for (int depth = items.size(); depth >= 0; depth--) {
            String key = nodeId + items.subList(0, depth).stream().map(i -> "@" + i.id()).collect(Collectors.joining());
            GivenAnswer answer = answers.get(key);
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }

    /** What conditions and templates can read; see dialogues/README.md, "Expressions". */
    Map<String, Object> root() {
        Map<String, Object> root = new HashMap<>();
        root.put("answers", new LookupMap(id -> {
            GivenAnswer answer = answer(id);
            return answer == null ? null : answer.value();
        }));
        root.put("labels", new LookupMap(id -> {
            GivenAnswer answer = answer(id);
            return answer == null ? null : dialogue.node(id).map(node -> Display.of(node.type(), options(node),
                    poles(node), node.min(), node.max(), answer.value(), speaker.language())).orElse(null);
        }));
        Participant participant = speaker.participant();
        root.put("participant", Map.of("name", participant.name(), "organisation", participant.organisation(),
                "commaName", participant.commaName()));
        Item item = item();
        root.put("item", item == null ? null : item.asMap());
        root.put("language", speaker.language());
        root.put("mode", speaker.mode().wireName());
        return root;
    }

    String render(LocalizedText text) {
        return text == null ? null : Expressions.render(text.in(speaker.language()), root());
    }

    /** The node's options as read here: their labels and help rendered. */
    List<Step.OptionView> options(Node node) {
        return node.options() == null ? null : node.options().stream()
                .map(o -> new Step.OptionView(o.id(), render(o.label()), render(o.help()))).toList();
    }

    /** The node's poles as read here (inside a foreach they usually come from the item). */
    Step.PolesView poles(Node node) {
        return node.poles() == null ? null : new Step.PolesView(render(node.poles().left()), render(node.poles().right()));
    }

    boolean test(String condition) {
        return Expressions.test(condition, root());
    }

    /** A read-only map whose values are looked up by node id when an expression asks for them. */
    private static final class LookupMap extends AbstractMap<String, Object> {

        private final Function<String, Object> lookup;

        LookupMap(Function<String, Object> lookup) {
            this.lookup = lookup;
        }

        @Override
        public Object get(Object key) {
            return key instanceof String id ? lookup.apply(id) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Set.of();
        }
    }
}
