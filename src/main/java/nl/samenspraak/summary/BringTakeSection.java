package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.summary.SummaryViews.BringTake;
import nl.samenspraak.summary.SummaryViews.Item;
import nl.samenspraak.summary.SummaryViews.Match;
import nl.samenspraak.summary.SummaryViews.PartnerSheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The brengen-halen summary, laid out like the *halen en brengen* worksheet (Kaats & Opheij): per partner
 * their interests, what they bring and what they come to take; what one seeks that another brings; what
 * nobody meets or asks for; and how each partner sees the balance — an impression, never a score.
 */
final class BringTakeSection {

    /** Below this likeness a need and an offer are not shown as a match. */
    static final double MATCH_THRESHOLD = 0.2;

    private BringTakeSection() {
    }

    static BringTake build(StepAnswers answers, Set<String> agreed, String language) {
        DialogueEngine engine = new DialogueEngine();
        Map<String, PartnerSheet> sheets = new LinkedHashMap<>();
        for (List<Contribution> atStep : answers.byStep().values()) {
            for (Contribution c : atStep) {
                sheets.computeIfAbsent(c.partnerKey(), k -> sheetOf(answers, c));
            }
        }
        List<TextUnit> needs = answers.units("take");
        List<TextUnit> offers = answers.units("bring");
        List<Match> matches = new ArrayList<>();
        for (TextUnit need : needs) {
            for (TextUnit offer : offers) {
                double similarity = need.similarity(offer);
                if (!need.contribution().partnerKey().equals(offer.contribution().partnerKey()) && similarity >= MATCH_THRESHOLD) {
                    matches.add(new Match(need.contribution().name(), need.contribution().organisation(), need.text(),
                            offer.contribution().name(), offer.contribution().organisation(), offer.text(),
                            Math.round(similarity * 100) / 100.0));
                }
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::need).thenComparing(Match::offer));
        List<Item> unmet = needs.stream().filter(n -> matches.stream().noneMatch(m -> m.need().equals(n.text())))
                .map(BringTakeSection::item).toList();
        List<Item> unasked = offers.stream().filter(o -> matches.stream().noneMatch(m -> m.offer().equals(o.text())))
                .map(BringTakeSection::item).toList();
        List<Object> kinds = answers.at("interest-kind").stream().map(Contribution::value).toList();
        List<Object> balances = answers.at("balance").stream().map(Contribution::value).toList();
        return new BringTake(List.copyOf(sheets.values()), matches, unmet, unasked,
                kinds.isEmpty() ? List.of() : Aggregates.tally(engine.describe(answers.dialogue(), language, "interest-kind"), kinds),
                ThemeFinder.themes("interest-shared", answers.units("interest-shared"), agreed),
                ThemeFinder.themes("tensions", answers.units("tensions"), agreed),
                balances.isEmpty() ? List.of() : Aggregates.tally(engine.describe(answers.dialogue(), language, "balance"), balances));
    }

    private static PartnerSheet sheetOf(StepAnswers answers, Contribution who) {
        Map<String, String> interests = new LinkedHashMap<>();
        interests.put("organisation", text(answers, "interest-organisation", who));
        interests.put("personal", text(answers, "interest-personal", who));
        interests.put("shared", text(answers, "interest-shared", who));
        return new PartnerSheet(who.name(), who.organisation(), interests, items(answers, "bring", who),
                items(answers, "take", who), display(answers, "balance", who), text(answers, "balance-why", who));
    }

    private static String text(StepAnswers answers, String stepId, Contribution who) {
        return answers.at(stepId).stream().filter(c -> c.partnerKey().equals(who.partnerKey()))
                .reduce((first, latest) -> latest).map(c -> String.valueOf(c.value())).orElse(null);
    }

    private static String display(StepAnswers answers, String stepId, Contribution who) {
        return answers.at(stepId).stream().filter(c -> c.partnerKey().equals(who.partnerKey()))
                .reduce((first, latest) -> latest).map(Contribution::display).orElse(null);
    }

    private static List<String> items(StepAnswers answers, String stepId, Contribution who) {
        return answers.units(stepId).stream().filter(u -> u.contribution().partnerKey().equals(who.partnerKey()))
                .map(TextUnit::text).distinct().toList();
    }

    static Item item(TextUnit unit) {
        return new Item(unit.contribution().name(), unit.contribution().organisation(), unit.text());
    }
}
