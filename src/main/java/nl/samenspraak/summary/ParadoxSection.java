package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.Node;
import nl.samenspraak.dialogue.Option;
import nl.samenspraak.summary.SummaryViews.Paradox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Per paradox the partners chose: where they stand between the poles (distribution, mean, spread and a
 * plain label: broad agreement, leaning, divided) and their both-and ideas grouped in themes.
 */
final class ParadoxSection {

    private ParadoxSection() {
    }

    static List<Paradox> build(StepAnswers answers, Set<String> agreed, String language) {
        Dialogue dialogue = answers.dialogue();
        Node paradoxes = dialogue.node("paradoxes").orElse(null);
        if (paradoxes == null) {
            return List.of();
        }
        List<Paradox> result = new ArrayList<>();
        for (Option option : paradoxes.options()) {
            String position = "position@" + option.id();
            List<Object> values = answers.at(position).stream().map(Contribution::value).toList();
            if (values.isEmpty()) {
                continue;
            }
            Aggregates.ScaleSummary scale = Aggregates.scale(
                    new nl.samenspraak.dialogue.DialogueEngine().describe(dialogue, language, position), values);
            String bothAnd = "both-and@" + option.id();
            result.add(new Paradox(option.id(), option.label().in(language), attribute(option, "left", language),
                    attribute(option, "right", language), scale, answers.themes(bothAnd, agreed)));
        }
        return result;
    }

    private static String attribute(Option option, String name, String language) {
        return option.attributes().containsKey(name) ? option.attributes().get(name).in(language) : null;
    }
}
