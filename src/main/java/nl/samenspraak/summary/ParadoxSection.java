package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.SummaryRole;
import nl.samenspraak.dialogue.Node;
import nl.samenspraak.dialogue.Option;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.summary.SummaryViews.Paradox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Per item of the foreach around a {@code position} node (per paradox the partners chose): where they stand between the poles (distribution, mean, spread and a
 * plain label: broad agreement, leaning, divided) and their both-and ideas grouped in themes.
 */
final class ParadoxSection {

    private ParadoxSection() {
    }

    /** Whether the dialogue has paradoxes: positions that are not a scan's ingredients ({@link ScanSection}). */
    static boolean applies(Dialogue dialogue) {
        return dialogue.nodesWithRole(SummaryRole.POSITION).stream().anyMatch(n -> !ScanSection.isIngredient(dialogue, n));
    }

    static List<Paradox> build(StepAnswers answers, Set<String> agreed, String language) {
        Dialogue dialogue = answers.dialogue();
        DialogueEngine engine = new DialogueEngine();
        List<Paradox> result = new ArrayList<>();
        for (Node position : dialogue.nodesWithRole(SummaryRole.POSITION)) {
            if (ScanSection.isIngredient(dialogue, position)) {
                continue;
            }
            Node items = dialogue.itemSource(position.id()).orElse(null);
            if (items == null || items.options() == null) {
                continue;
            }
            Node bothAnd = dialogue.nodesWithRole(SummaryRole.BOTH_AND).stream()
                    .filter(n -> dialogue.itemSource(n.id()).filter(items::equals).isPresent()).findFirst().orElse(null);
            for (Option option : items.options()) {
                String stepId = position.id() + "@" + option.id();
                List<Object> values = answers.at(stepId).stream().map(Contribution::value).toList();
                if (values.isEmpty()) {
                    continue;
                }
                Step step = engine.describe(dialogue, language, stepId);
                Aggregates.ScaleSummary scale = Aggregates.scale(step, values);
                // The poles as the partners saw them: the item's attributes for a paradox, the node's own otherwise.
                result.add(new Paradox(option.id(), option.label().in(language), step.poles().left(), step.poles().right(), scale,
                        bothAnd == null ? List.of() : answers.themes(bothAnd.id() + "@" + option.id(), agreed)));
            }
        }
        return result;
    }
}
