package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.SummaryRole;
import nl.samenspraak.summary.SummaryViews.BringTake;
import nl.samenspraak.summary.SummaryViews.Item;
import nl.samenspraak.summary.SummaryViews.Match;
import nl.samenspraak.summary.SummaryViews.PartnerSheet;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bring-and-take summary, built from the nodes whose roles are {@code bring}, {@code take}, the interests,
 * {@code issue} and {@code balance}; laid out like the *halen en brengen* worksheet (Kaats & Opheij): per partner
 * their interests, what they bring and what they come to take; what one seeks that another brings; what
 * nobody meets or asks for; and how each partner sees the balance — an impression, never a score.
 */
final class BringTakeSection {

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
        List<TextUnit> needs = answers.units(SummaryRole.TAKE);
        List<TextUnit> offers = answers.units(SummaryRole.BRING);
        List<Match> matches = Matching.matches(needs, offers);
        Set<String> metNeeds = new HashSet<>();
        Set<String> askedOffers = new HashSet<>();
        matches.forEach(m -> {
            metNeeds.add(m.seekerKey() + "\n" + m.need());
            askedOffers.add(m.providerKey() + "\n" + m.offer());
        });
        List<Item> unmet = needs.stream().filter(n -> !metNeeds.contains(n.contribution().partnerKey() + "\n" + n.text()))
                .map(BringTakeSection::item).distinct().toList();
        List<Item> unasked = offers.stream().filter(o -> !askedOffers.contains(o.contribution().partnerKey() + "\n" + o.text()))
                .map(BringTakeSection::item).distinct().toList();
        List<String> kindSteps = answers.steps(SummaryRole.INTEREST_KIND);
        List<String> balanceSteps = answers.steps(SummaryRole.BALANCE);
        List<Object> kinds = answers.at(SummaryRole.INTEREST_KIND).stream().map(Contribution::value).toList();
        List<Object> balances = answers.at(SummaryRole.BALANCE).stream().map(Contribution::value).toList();
        return new BringTake(List.copyOf(sheets.values()), matches, unmet, unasked,
                kinds.isEmpty() ? List.of() : Aggregates.tally(engine.describe(answers.dialogue(), language, kindSteps.get(0)), kinds),
                answers.themes(SummaryRole.INTEREST, agreed), answers.themes(SummaryRole.ISSUE, agreed),
                balances.isEmpty() ? List.of() : Aggregates.tally(engine.describe(answers.dialogue(), language, balanceSteps.get(0)), balances));
    }

    private static PartnerSheet sheetOf(StepAnswers answers, Contribution who) {
        Map<String, String> interests = new LinkedHashMap<>();
        interests.put("organisation", text(answers, SummaryRole.OWN_INTEREST, who));
        interests.put("personal", text(answers, SummaryRole.PERSONAL_INTEREST, who));
        interests.put("shared", text(answers, SummaryRole.INTEREST, who));
        return new PartnerSheet(who.name(), who.organisation(), interests, items(answers, SummaryRole.BRING, who),
                items(answers, SummaryRole.TAKE, who), display(answers, SummaryRole.BALANCE, who),
                text(answers, SummaryRole.BALANCE_WHY, who));
    }

    private static String text(StepAnswers answers, SummaryRole role, Contribution who) {
        return answers.at(role).stream().filter(c -> c.partnerKey().equals(who.partnerKey()))
                .reduce((first, latest) -> latest).map(c -> String.valueOf(c.value())).orElse(null);
    }

    private static String display(StepAnswers answers, SummaryRole role, Contribution who) {
        return answers.at(role).stream().filter(c -> c.partnerKey().equals(who.partnerKey()))
                .reduce((first, latest) -> latest).map(Contribution::display).orElse(null);
    }

    private static List<String> items(StepAnswers answers, SummaryRole role, Contribution who) {
        return answers.units(role).stream().filter(u -> u.contribution().partnerKey().equals(who.partnerKey()))
                .map(TextUnit::text).distinct().toList();
    }

    static Item item(TextUnit unit) {
        return new Item(unit.contribution().name(), unit.contribution().organisation(), unit.text());
    }
}
