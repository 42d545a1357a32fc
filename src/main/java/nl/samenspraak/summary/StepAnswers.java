package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Node;
import nl.samenspraak.dialogue.NodeType;
import nl.samenspraak.dialogue.SummaryRole;
import nl.samenspraak.summary.SummaryViews.Theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A collaboration's contributions to one dialogue, by step in the dialogue's order, as text units too. */
final class StepAnswers {

    private final Dialogue dialogue;
    private final Map<String, List<Contribution>> byStep = new LinkedHashMap<>();
    private final Map<String, List<TextUnit>> units = new HashMap<>();
    private final Map<String, List<TextUnit>> sentences = new HashMap<>();
    private final Map<String, Set<String>> questionKeys = new HashMap<>();
    private final TextFeatures features;
    private final String language;

    StepAnswers(Dialogue dialogue, List<Contribution> contributions, TextFeatures features, String language) {
        this.dialogue = dialogue;
        this.features = features;
        this.language = language;
        Map<String, Integer> order = new HashMap<>();
        dialogue.allNodes().forEach(node -> order.putIfAbsent(node.id(), order.size()));
        contributions.stream()
                .sorted(Comparator.<Contribution>comparingInt(c -> order.getOrDefault(c.nodeId(), Integer.MAX_VALUE))
                        .thenComparing(Contribution::stepId))
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

    String language() {
        return language;
    }

    TextFeatures features() {
        return features;
    }

    /** The steps answered whose node declares the role, in the dialogue's order (a foreach node's items each). */
    List<String> steps(SummaryRole role) {
        return byStep.keySet().stream().filter(id -> dialogue.node(DialogueEngine.nodeIdOf(id))
                .map(n -> n.role() == role).orElse(false)).toList();
    }

    /** The answers at every step of a role, in order. */
    List<Contribution> at(SummaryRole role) {
        return steps(role).stream().flatMap(id -> at(id).stream()).toList();
    }

    /** The texts of every step of a role, as {@link #units(String)} gives them. */
    List<TextUnit> units(SummaryRole role) {
        return steps(role).stream().flatMap(id -> units(id).stream()).toList();
    }

    /**
     * The themes of what was written at every step of a role. Theme keys start with the step's id where one step
     * has the role, else with the role's name, so that the facilitator's marks stay with the themes.
     */
    List<Theme> themes(SummaryRole role, Set<String> agreed) {
        List<String> steps = steps(role);
        if (steps.size() == 1) {
            return themes(steps.get(0), agreed);
        }
        Set<String> question = new java.util.HashSet<>();
        List<TextUnit> texts = new ArrayList<>();
        steps.forEach(id -> {
            question.addAll(questionKeys(id));
            texts.addAll(sentences(id));
        });
        return ThemeFinder.themes(role.wireName(), texts, question, agreed);
    }

    /** The texts given at a step: a text answer as one unit, each list item as one; analysed once per step. */
    List<TextUnit> units(String stepId) {
        return units.computeIfAbsent(stepId, id -> analyse(id, false));
    }

    /** The same texts with every answer split into its sentences, so that one answer can voice several themes. */
    List<TextUnit> sentences(String stepId) {
        return sentences.computeIfAbsent(stepId, id -> analyse(id, true));
    }

    /** The themes of what was written at a step, the question's own words never among their terms. */
    List<Theme> themes(String stepId, Set<String> agreed) {
        return ThemeFinder.themes(stepId, sentences(stepId), questionKeys(stepId), agreed);
    }

    private Set<String> questionKeys(String stepId) {
        return questionKeys.computeIfAbsent(stepId, id -> {
            Node node = dialogue.node(DialogueEngine.nodeIdOf(id)).orElse(null);
            if (node == null) {
                return Set.of();
            }
            List<String> prompts = Stream.of(node.prompt(), node.text()).filter(java.util.Objects::nonNull)
                    .flatMap(text -> Stream.of(text.in("nl"), text.in("en"))).filter(java.util.Objects::nonNull).toList();
            return features.questionKeys(prompts);
        });
    }

    private List<TextUnit> analyse(String stepId, boolean bySentence) {
        List<TextUnit> result = new ArrayList<>();
        for (Contribution c : at(stepId)) {
            if (c.value() instanceof String text && !text.isBlank()) {
                List<String> parts = bySentence ? features.sentences(text, language) : List.of(text);
                parts.stream().filter(part -> !part.isBlank()).forEach(part -> result.add(unit(c, part)));
            } else if (c.value() instanceof List<?> items && typeOf(stepId) == NodeType.LIST) {
                items.forEach(item -> result.add(unit(c, String.valueOf(item))));
            }
        }
        return result;
    }

    private TextUnit unit(Contribution c, String text) {
        return new TextUnit(c, text, features.profile(text, language));
    }

    /** The text that is most like all the others at the step: the one nearest to their centre. */
    TextUnit representative(String stepId) {
        return central(units(stepId));
    }

    /** The text nearest to the centre of all texts of a role. */
    TextUnit representative(SummaryRole role) {
        return central(units(role));
    }

    /** Of some texts, the one nearest to their centre; the first on a tie. */
    static TextUnit central(List<TextUnit> units) {
        TermVector centre = new TermVector();
        units.forEach(u -> centre.add(u.profile()));
        TextUnit best = null;
        double bestScore = -1;
        for (TextUnit unit : units) {
            double score = centre.similarity(unit.profile());
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
