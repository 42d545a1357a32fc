package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Node;
import nl.samenspraak.dialogue.NodeType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A collaboration's contributions to one dialogue, by step in the dialogue's order, as text units too. */
final class StepAnswers {

    private final Dialogue dialogue;
    private final Map<String, List<Contribution>> byStep = new LinkedHashMap<>();
    private final Map<String, List<TextUnit>> units = new HashMap<>();
    private final TextFeatures terms;
    private final String language;

    StepAnswers(Dialogue dialogue, List<Contribution> contributions, TextFeatures terms, String language) {
        this.dialogue = dialogue;
        this.terms = terms;
        this.language = language;
        List<String> order = dialogue.allNodes().stream().map(Node::id).toList();
        contributions.stream()
                .sorted(Comparator.<Contribution>comparingInt(c -> order.indexOf(c.nodeId())).thenComparing(Contribution::stepId))
                .forEach(c -> byStep.computeIfAbsent(c.stepId(), s -> new ArrayList<>()).add(c));
    }

    Map<String, List<Contribution>> byStep() {
        return byStep;
    }

    List<Contribution> at(String stepId) {
        return byStep.getOrDefault(stepId, List.of());
    }

    NodeType typeOf(String stepId) {
        return dialogue.node(DialogueEngine.nodeIdOf(stepId)).map(Node::type).orElse(NodeType.SAY);
    }

    /** The texts given at a step: a text answer as one unit, each list item as one; analysed once per step. */
    List<TextUnit> units(String stepId) {
        return units.computeIfAbsent(stepId, this::analyse);
    }

    private List<TextUnit> analyse(String stepId) {
        List<TextUnit> units = new ArrayList<>();
        for (Contribution c : at(stepId)) {
            if (c.value() instanceof String text && !text.isBlank()) {
                units.add(TextUnit.of(c, text, terms, language));
            } else if (c.value() instanceof List<?> items && typeOf(stepId) == NodeType.LIST) {
                items.forEach(item -> units.add(TextUnit.of(c, String.valueOf(item), terms, language)));
            }
        }
        return units;
    }

    /** The text that is most like all the others at the step: the one that best represents them. */
    TextUnit representative(String stepId) {
        List<TextUnit> units = units(stepId);
        TextUnit best = null;
        double bestScore = -1;
        for (TextUnit unit : units) {
            double score = units.stream().filter(u -> u != unit).mapToDouble(unit::similarity).sum();
            if (score > bestScore) {
                best = unit;
                bestScore = score;
            }
        }
        return best;
    }

    Dialogue dialogue() {
        return dialogue;
    }
}
