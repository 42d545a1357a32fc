package nl.samenspraak.summary;

import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.summary.SummaryViews.Ambition;
import nl.samenspraak.summary.SummaryViews.Quadrant;
import nl.samenspraak.summary.SummaryViews.Quote;
import nl.samenspraak.summary.SummaryViews.Sentence;
import nl.samenspraak.summary.SummaryViews.Vision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The visievierluik: per quadrant the shared themes and the answer that best represents the others, and a
 * draft shared ambition (promise × commitment × doing, after Dees & Opheij) in which every sentence names
 * the answers it came from. The facilitator's edited version is kept beside the computed draft.
 */
final class VisionSection {

    static final List<String> QUADRANTS = List.of("waartoe", "waarvoor-staan", "kracht", "waarvoor-gaan");
    /** Goals at least this alike are one goal in the draft. */
    static final double SAME_GOAL = 0.5;

    private VisionSection() {
    }

    static Vision build(StepAnswers answers, Set<String> agreed, String language, SummaryReview review) {
        DialogueEngine engine = new DialogueEngine();
        List<Quadrant> quadrants = new ArrayList<>();
        for (String stepId : QUADRANTS) {
            if (answers.dialogue().node(stepId).isEmpty()) {
                continue;
            }
            List<SummaryViews.Theme> themes = ThemeFinder.themes(stepId, answers.units(stepId), agreed).stream()
                    .filter(t -> t.partners().size() >= 2).toList();
            TextUnit representative = answers.representative(stepId);
            quadrants.add(new Quadrant(stepId, engine.describe(answers.dialogue(), language, stepId).prompt(), themes,
                    representative == null ? null : Quote.of(representative.contribution(), representative.text())));
        }
        List<Sentence> promise = new ArrayList<>();
        TextUnit promised = answers.representative("promise");
        if (promised != null) {
            List<Quote> alike = answers.units("promise").stream()
                    .filter(u -> u == promised || u.similarity(promised) >= BringTakeSection.MATCH_THRESHOLD)
                    .map(u -> Quote.of(u.contribution(), u.text())).toList();
            promise.add(new Sentence(promised.text(), alike));
        }
        List<Sentence> commitments = answers.units("commitment").stream()
                .map(u -> new Sentence(ThemeFinder.label(u.contribution()) + ": " + u.text(),
                        List.of(Quote.of(u.contribution(), u.text())))).toList();
        List<Sentence> goals = goals(answers.units("goals"));
        String draft = draft(promise, commitments, goals, language);
        return new Vision(quadrants, new Ambition(promise, commitments, goals, draft,
                review == null ? null : review.ambition(), review == null ? null : review.updatedAt(),
                review == null ? null : review.updatedBy()));
    }

    /** Goals, with alike goals of several partners joined into one sentence that names all of them. */
    private static List<Sentence> goals(List<TextUnit> units) {
        List<List<TextUnit>> groups = new ArrayList<>();
        for (TextUnit unit : units) {
            groups.stream().filter(g -> g.get(0).similarity(unit) >= SAME_GOAL).findFirst()
                    .ifPresentOrElse(g -> g.add(unit), () -> groups.add(new ArrayList<>(List.of(unit))));
        }
        return groups.stream().map(g -> new Sentence(g.get(0).text(),
                g.stream().map(u -> Quote.of(u.contribution(), u.text())).toList())).toList();
    }

    private static String draft(List<Sentence> promise, List<Sentence> commitments, List<Sentence> goals, String language) {
        boolean dutch = "nl".equals(language);
        StringBuilder text = new StringBuilder();
        promise.forEach(s -> text.append(dutch ? "Onze belofte: " : "Our promise: ").append(s.text()).append("\n\n"));
        if (!commitments.isEmpty()) {
            text.append(dutch ? "Daaraan verbinden wij ons:\n" : "To this we commit:\n");
            commitments.forEach(s -> text.append("- ").append(s.text()).append('\n'));
            text.append('\n');
        }
        if (!goals.isEmpty()) {
            text.append(dutch ? "Concreet werken we aan:\n" : "In concrete terms we work on:\n");
            text.append(goals.stream().map(s -> "- " + s.text()).collect(Collectors.joining("\n"))).append('\n');
        }
        return text.toString().strip();
    }
}
