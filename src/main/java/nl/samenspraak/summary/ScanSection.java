package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.Node;
import nl.samenspraak.dialogue.Option;
import nl.samenspraak.dialogue.Step;
import nl.samenspraak.dialogue.SummaryRole;
import nl.samenspraak.summary.SummaryViews.DialogueLink;
import nl.samenspraak.summary.SummaryViews.FactorStats;
import nl.samenspraak.summary.SummaryViews.HeatRow;
import nl.samenspraak.summary.SummaryViews.Recommendation;
import nl.samenspraak.summary.SummaryViews.Scan;
import nl.samenspraak.summary.SummaryViews.ScanCheck;
import nl.samenspraak.summary.SummaryViews.ScanIngredient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A scan (the Gespreksmodel Vitaal Samenwerken): a foreach over factors that holds {@code position} nodes, its
 * ingredients (each with a {@code label}), and {@code check} nodes, its check questions. From the partners' answers:
 * the heat map of partners × ingredients, per factor the mean and spread of its ingredients' positions and the
 * tallies of its check questions, the ingredients partners disagree on most, and for every weak or divided factor
 * the next conversation its item {@code recommends}, with the figures that led to it. Everything it knows of
 * factors, ingredients and dialogues the dialogue declares; the scale's left pole (min) is the weak end.
 */
final class ScanSection {

    /**
     * A factor is weak when the mean of its ingredients' positions lies at least a quarter of the half scale on the
     * weak side of the centre (on -2..2: at most -0.5): on average partners lean towards "needs attention", more
     * than one hesitant voice can pull it there. Relative to the scale, so that the same words hold for any min and max.
     */
    static final double WEAK_MEAN = -0.25;
    /**
     * A factor is divided when the mean spread (standard deviation) of its ingredients' positions is more than a
     * quarter of the scale's width (on -2..2: above 1): the bound at which a single scale reads as "divided"
     * ({@link Aggregates#agreement}), so that the heat map's word and the recommendation agree.
     */
    static final double DIVIDED_SPREAD = 0.25;
    /** How many ingredients the summary names as those partners disagree on most: few enough to talk about. */
    static final int MOST_DIVIDED = 3;

    static final String WEAK = "weak";
    static final String DIVIDED = "divided";

    private ScanSection() {
    }

    /** Whether a position node is a scan's ingredient: its foreach also asks check questions. */
    static boolean isIngredient(Dialogue dialogue, Node position) {
        Node items = dialogue.itemSource(position.id()).orElse(null);
        return items != null && dialogue.nodesWithRole(SummaryRole.CHECK).stream()
                .anyMatch(check -> dialogue.itemSource(check.id()).filter(items::equals).isPresent());
    }

    static boolean applies(Dialogue dialogue) {
        return dialogue.nodesWithRole(SummaryRole.POSITION).stream().anyMatch(n -> isIngredient(dialogue, n));
    }

    static Scan build(StepAnswers answers, String language, Function<String, String> titleOf) {
        Dialogue dialogue = answers.dialogue();
        DialogueEngine engine = new DialogueEngine();
        List<Node> positions = dialogue.nodesWithRole(SummaryRole.POSITION).stream()
                .filter(n -> isIngredient(dialogue, n)).toList();
        Node factors = dialogue.itemSource(positions.get(0).id()).orElseThrow();
        List<Node> checks = dialogue.nodesWithRole(SummaryRole.CHECK).stream()
                .filter(n -> dialogue.itemSource(n.id()).filter(factors::equals).isPresent()).toList();

        // The columns: every ingredient someone answered, grouped by factor in the dialogue's order.
        List<ScanIngredient> columns = new ArrayList<>();
        Map<String, Map<String, Integer>> byPartner = new LinkedHashMap<>();
        Map<String, Contribution> who = new LinkedHashMap<>();
        for (Option factor : factors.options()) {
            for (Node position : positions) {
                String stepId = position.id() + "@" + factor.id();
                Map<String, Contribution> latest = latestPerPartner(answers.at(stepId));
                if (latest.isEmpty()) {
                    continue;
                }
                Step step = engine.describe(dialogue, language, stepId);
                List<Object> values = latest.values().stream().map(Contribution::value).toList();
                columns.add(new ScanIngredient(stepId, factor.id(), factor.label().in(language),
                        position.summaryLabel() == null ? step.prompt() : position.summaryLabel().in(language),
                        step.min(), step.max(), Aggregates.scale(step, values)));
                latest.forEach((partner, c) -> {
                    who.putIfAbsent(partner, c);
                    byPartner.computeIfAbsent(partner, p -> new LinkedHashMap<>()).put(stepId, ((Number) c.value()).intValue());
                });
            }
        }
        List<HeatRow> heatMap = who.entrySet().stream().map(e -> new HeatRow(e.getValue().name(), e.getValue().organisation(),
                columns.stream().map(col -> byPartner.get(e.getKey()).get(col.stepId())).toList())).toList();

        List<FactorStats> stats = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        for (Option factor : factors.options()) {
            List<ScanIngredient> own = columns.stream().filter(c -> c.factorId().equals(factor.id())).toList();
            List<ScanCheck> tallies = checks.stream().map(check -> check(answers, engine, language, check.id() + "@" + factor.id()))
                    .filter(Objects::nonNull).toList();
            if (own.isEmpty() && tallies.isEmpty()) {
                continue;
            }
            FactorStats factorStats = stats(factor, language, own, tallies);
            stats.add(factorStats);
            if (factorStats.weak() && !factor.recommended().weak().isEmpty()) {
                recommendations.add(new Recommendation(factor.id(), factorStats.label(), WEAK, factorStats.mean(), factorStats.spread(),
                        own.stream().sorted(Comparator.comparingDouble(i -> i.positions().mean())).toList(), tallies,
                        links(factor.recommended().weak(), titleOf)));
            }
            if (factorStats.divided() && !factor.recommended().divided().isEmpty()) {
                recommendations.add(new Recommendation(factor.id(), factorStats.label(), DIVIDED, factorStats.mean(), factorStats.spread(),
                        own.stream().sorted(Comparator.comparingDouble((ScanIngredient i) -> i.positions().spread()).reversed()).toList(),
                        tallies, links(factor.recommended().divided(), titleOf)));
            }
        }
        List<ScanIngredient> disagreements = columns.stream().filter(c -> c.positions().spread() > 0)
                .sorted(Comparator.comparingDouble((ScanIngredient c) -> c.positions().spread()).reversed())
                .limit(MOST_DIVIDED).toList();
        return new Scan(columns, heatMap, stats, disagreements, recommendations);
    }

    private static FactorStats stats(Option factor, String language, List<ScanIngredient> own, List<ScanCheck> tallies) {
        if (own.isEmpty()) {
            return new FactorStats(factor.id(), factor.label().in(language), null, null, 0, false, false, tallies);
        }
        int min = own.get(0).min();
        int max = own.get(0).max();
        double sum = 0;
        int n = 0;
        for (ScanIngredient i : own) {
            sum += i.positions().mean() * i.positions().n();
            n += i.positions().n();
        }
        double mean = sum / n;
        double spread = own.stream().mapToDouble(i -> i.positions().spread()).average().orElse(0);
        double half = (max - min) / 2.0;
        boolean weak = (mean - (min + max) / 2.0) / half <= WEAK_MEAN;
        boolean divided = spread / (max - min) > DIVIDED_SPREAD;
        return new FactorStats(factor.id(), factor.label().in(language), round(mean), round(spread), n, weak, divided, tallies);
    }

    private static ScanCheck check(StepAnswers answers, DialogueEngine engine, String language, String stepId) {
        Map<String, Contribution> latest = latestPerPartner(answers.at(stepId));
        if (latest.isEmpty()) {
            return null;
        }
        Step step = engine.describe(answers.dialogue(), language, stepId);
        return new ScanCheck(stepId, step.prompt(), latest.size(),
                Aggregates.tally(step, latest.values().stream().map(Contribution::value).toList()));
    }

    /** One answer per partner at a step, their latest (a partner who prepared and joined a room is one voice). */
    static Map<String, Contribution> latestPerPartner(List<Contribution> given) {
        Map<String, Contribution> latest = new LinkedHashMap<>();
        given.stream().filter(c -> c.value() != null).forEach(c -> latest.put(c.partnerKey(), c));
        return latest;
    }

    private static List<DialogueLink> links(List<String> ids, Function<String, String> titleOf) {
        return ids.stream().map(id -> new DialogueLink(id, titleOf.apply(id))).toList();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
