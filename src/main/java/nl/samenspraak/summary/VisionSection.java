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
import java.util.function.Function;
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

    static Vision build(StepAnswers answers, Set<String> agreed, String language, Labels labels, SummaryReview review) {
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
        List<Sentence> commitments = answers.units(SummaryRole.COMMITMENT).stream()
                .map(u -> new Sentence(ThemeFinder.label(u.contribution()) + ": " + u.text(),
                        List.of(Quote.of(u.contribution(), u.text())),
                        answers.features().condition(u.text(), language))).toList();
        List<Theme> goalThemes = ThemeFinder.themes(SummaryRole.GOAL.wireName(), answers.units(SummaryRole.GOAL), Set.of(), Set.of());
        List<Sentence> goals = goalThemes.stream().filter(t -> t.partners().size() >= 2)
                .map(t -> new Sentence(t.quotes().get(0).text(), t.quotes())).toList();
        List<Sentence> ownGoals = goalThemes.stream().filter(t -> t.partners().size() < 2)
                .flatMap(t -> t.quotes().stream()).map(q -> new Sentence(q.text(), List.of(q))).toList();
        String draft = draft(promise, commitments, goals, ownGoals, labels);
        return new Vision(quadrants, new Ambition(promise, commitments, goals, ownGoals, draft,
                review == null ? null : review.ambition(), review == null ? null : review.updatedAt(),
                review == null ? null : review.updatedBy()));
    }

    /**
     * The draft reads as a text partners could sign: the promise first (further shared promises after it), then
     * the commitments with their conditions, the joint goals, and apart from them what one partner wishes.
     */
    private static String draft(List<Sentence> promise, List<Sentence> commitments, List<Sentence> goals,
                                List<Sentence> ownGoals, Labels labels) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < promise.size(); i++) {
            text.append(labels.get(i == 0 ? "draft.promise" : "draft.promiseAlso")).append(": ")
                    .append(promise.get(i).text()).append('\n');
        }
        if (!promise.isEmpty()) {
            text.append('\n');
        }
        list(text, labels.get("draft.commitments"), commitments, s -> s.text()
                + (s.condition() == null ? "" : " [" + labels.get("condition") + ": " + s.condition() + "]"));
        list(text, labels.get("draft.goals"), goals, Sentence::text);
        list(text, labels.get("draft.ownGoals"), ownGoals, s -> s.sources().get(0).partner() + ": " + s.text());
        return text.toString().strip();
    }

    private static void list(StringBuilder text, String heading, List<Sentence> sentences, Function<Sentence, String> line) {
        if (sentences.isEmpty()) {
            return;
        }
        text.append(heading).append(":\n");
        sentences.forEach(s -> text.append("- ").append(line.apply(s)).append('\n'));
        text.append('\n');
    }
}
