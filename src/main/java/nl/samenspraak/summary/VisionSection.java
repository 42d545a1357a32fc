package nl.samenspraak.summary;

import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.SummaryRole;
import nl.samenspraak.summary.SummaryViews.Ambition;
import nl.samenspraak.summary.SummaryViews.Quadrant;
import nl.samenspraak.summary.SummaryViews.Quote;
import nl.samenspraak.summary.SummaryViews.Sentence;
import nl.samenspraak.summary.SummaryViews.Theme;
import nl.samenspraak.summary.SummaryViews.Vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The vision and ambition, from the nodes whose roles are {@code quadrant}, {@code promise}, {@code commitment}
 * and {@code goal} (the visievierluik): per quadrant the shared themes and the answer that best represents the others, and a
 * draft shared ambition (promise × commitment × doing, after Dees & Opheij) in which every sentence names
 * the answers it came from. The promise is what several partners promise alike (the shared themes of their
 * promises), not one partner's answer; a commitment tied to a condition says so; a goal only one partner
 * named stays apart from the joint goals. The facilitator's edited version is kept beside the computed draft.
 */
final class VisionSection {

    private VisionSection() {
    }

    static Vision build(StepAnswers answers, Set<String> agreed, String language, SummaryReview review) {
        DialogueEngine engine = new DialogueEngine();
        List<Quadrant> quadrants = new ArrayList<>();
        for (String stepId : answers.steps(SummaryRole.QUADRANT)) {
            List<Theme> themes = answers.themes(stepId, agreed).stream().filter(t -> t.partners().size() >= 2).toList();
            TextUnit representative = answers.representative(stepId);
            quadrants.add(new Quadrant(stepId, engine.describe(answers.dialogue(), language, stepId).prompt(), themes,
                    representative == null ? null : Quote.of(representative.contribution(), representative.text())));
        }
        List<Theme> promised = answers.themes(SummaryRole.PROMISE, Set.of());
        List<Sentence> promise = promised.stream().filter(t -> t.partners().size() >= 2)
                .map(t -> new Sentence(t.quotes().get(0).text(), t.quotes())).collect(Collectors.toCollection(ArrayList::new));
        if (promise.isEmpty()) {
            TextUnit only = answers.representative(SummaryRole.PROMISE);
            if (only != null) {
                promise.add(new Sentence(only.text(), List.of(Quote.of(only.contribution(), only.text()))));
            }
        }
        List<String> promiseLabels = promised.stream().filter(t -> t.partners().size() >= 2).map(Theme::label).toList();
        List<Sentence> commitments = answers.units(SummaryRole.COMMITMENT).stream()
                .map(u -> new Sentence(ThemeFinder.label(u.contribution()) + ": " + u.text(),
                        List.of(Quote.of(u.contribution(), u.text())),
                        answers.features().condition(u.text(), language))).toList();
        List<Theme> goalThemes = ThemeFinder.themes(SummaryRole.GOAL.wireName(), answers.units(SummaryRole.GOAL), Set.of(), Set.of());
        List<Sentence> goals = goalThemes.stream().filter(t -> t.partners().size() >= 2)
                .map(t -> new Sentence(t.quotes().get(0).text(), t.quotes())).toList();
        List<Sentence> ownGoals = goalThemes.stream().filter(t -> t.partners().size() < 2)
                .flatMap(t -> t.quotes().stream()).map(q -> new Sentence(q.text(), List.of(q))).toList();
        String draft = draft(promiseLabels, promise, commitments, goals, ownGoals, language);
        return new Vision(quadrants, new Ambition(promise, commitments, goals, ownGoals, draft,
                review == null ? null : review.ambition(), review == null ? null : review.updatedAt(),
                review == null ? null : review.updatedBy()));
    }

    private static String draft(List<String> promiseLabels, List<Sentence> promise, List<Sentence> commitments,
                                List<Sentence> goals, List<Sentence> ownGoals, String language) {
        boolean dutch = "nl".equals(language);
        StringBuilder text = new StringBuilder();
        if (!promiseLabels.isEmpty()) {
            text.append(dutch ? "Samen beloven we elkaar: " : "Together we promise each other: ")
                    .append(joined(promiseLabels, dutch)).append(".\n");
            promise.forEach(s -> text.append("- ").append(s.text()).append('\n'));
            text.append('\n');
        } else {
            promise.forEach(s -> text.append(dutch ? "Onze belofte: " : "Our promise: ").append(s.text()).append("\n\n"));
        }
        if (!commitments.isEmpty()) {
            text.append(dutch ? "Daaraan verbinden wij ons:\n" : "To this we commit:\n");
            commitments.forEach(s -> text.append("- ").append(s.text())
                    .append(s.condition() == null ? "" : (dutch ? " [onder voorwaarde: " : " [on condition: ") + s.condition() + "]")
                    .append('\n'));
            text.append('\n');
        }
        if (!goals.isEmpty()) {
            text.append(dutch ? "Concreet werken we samen aan:\n" : "In concrete terms we work together on:\n");
            goals.forEach(s -> text.append("- ").append(s.text()).append('\n'));
            text.append('\n');
        }
        if (!ownGoals.isEmpty()) {
            text.append(dutch ? "Wensen van één partner, nog niet gedeeld:\n" : "Wishes of one partner, not yet shared:\n");
            ownGoals.forEach(s -> text.append("- ").append(s.sources().get(0).partner()).append(": ").append(s.text()).append('\n'));
        }
        return text.toString().strip();
    }

    private static String joined(List<String> labels, boolean dutch) {
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + (dutch ? " en " : " and ") + labels.get(labels.size() - 1);
    }
}
