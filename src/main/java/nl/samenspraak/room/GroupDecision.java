package nl.samenspraak.room;

import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.Step;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a group settles on at a step when the facilitator moves on without choosing: the option most chose,
 * every option someone chose (at most as many as allowed, the most chosen first), every item someone
 * listed, the rounded mean position, the aggregate ranking. Free text steers nothing. Options chosen equally
 * often follow their order in the dialogue, whatever order the answers came in.
 */
final class GroupDecision {

    private GroupDecision() {
    }

    static Object of(Step step, Collection<Object> values) {
        if (values.isEmpty()) {
            return null;
        }
        return switch (step.type()) {
            case CHOICE -> byCount(step, values).get(0);
            case MULTI -> {
                List<String> chosen = byCount(step, values);
                yield List.copyOf(chosen.subList(0, Math.min(chosen.size(), step.limits().maxSelected())));
            }
            case LIST -> {
                Set<String> items = new LinkedHashSet<>();
                values.forEach(v -> ((List<?>) v).forEach(item -> items.add(String.valueOf(item))));
                yield List.copyOf(new ArrayList<>(items).subList(0, Math.min(items.size(), step.limits().maxItems())));
            }
            case SCALE -> (int) Math.round(values.stream().mapToInt(v -> ((Number) v).intValue()).average().orElse(0));
            case RANK -> Aggregates.ranking(step, values).stream().map(Aggregates.RankScore::optionId).toList();
            default -> null;
        };
    }

    /**
     * The options the facilitator chose at a multi step, in the order a foreach goes through them: the most
     * chosen by the group first, ties in the dialogue's order. Any other decision is returned as it is.
     */
    static Object ordered(Step step, Collection<Object> values, Object decided) {
        if (step.type() != NodeType.MULTI || !(decided instanceof List<?> chosen)) {
            return decided;
        }
        Map<String, Integer> counts = counts(values);
        List<Object> sorted = new ArrayList<>(chosen);
        sorted.sort(Comparator.comparing((Object id) -> -counts.getOrDefault(String.valueOf(id), 0))
                .thenComparing(id -> dialogueOrder(step, String.valueOf(id))));
        return sorted;
    }

    /** Option ids by how often they were chosen, most first; ties keep the dialogue's order. */
    private static List<String> byCount(Step step, Collection<Object> values) {
        Map<String, Integer> counts = counts(values);
        return counts.keySet().stream().sorted(Comparator.comparing((String id) -> -counts.get(id))
                .thenComparing(id -> dialogueOrder(step, id))).toList();
    }

    private static Map<String, Integer> counts(Collection<Object> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Object value : values) {
            for (Object id : value instanceof List<?> ids ? ids : List.of(value)) {
                counts.merge(String.valueOf(id), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Where the option stands in the dialogue; an id that is no option (never valid) comes after all. */
    private static int dialogueOrder(Step step, String id) {
        List<Step.OptionView> options = step.options() == null ? List.of() : step.options();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).id().equals(id)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
