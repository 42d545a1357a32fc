package nl.samenspraak.summary;

import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.dialogue.DialogueEngine;
import nl.samenspraak.dialogue.SummaryRole;
import nl.samenspraak.language.TextProfile;
import nl.samenspraak.summary.SummaryViews.BringTake;
import nl.samenspraak.summary.SummaryViews.Item;
import nl.samenspraak.summary.SummaryViews.Match;
import nl.samenspraak.summary.SummaryViews.PartnerSheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.TreeSet;
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

    /**
     * At this likeness or more a need and an offer are a match. With {@link #CLEAR_BEST_FLOOR} and
     * {@link #CLEAR_BEST_LEAD}, chosen on the calibration and development fixtures
     * ({@code src/test/resources/language-eval/collaboration-{calibration,development}.yaml}): of thresholds 0.30 to
     * 0.35, floors 0.08 to 0.15 and leads 1.5 to 3, the middle of the settings that found the most planted matches
     * (21 of 41) while showing the fewest pairs that are no match (2). The held-out fixtures played no part in it.
     */
    static final double MATCH_THRESHOLD = 0.35;
    /**
     * Below the threshold, a need's best offer is still a match when it stands out: at least this alike, at least
     * {@link #CLEAR_BEST_LEAD} times as alike as the need's next offer, and no other need alike to it more. Partners
     * write a worksheet line in three words; "een meerjarige subsidie" and "Wmo-budget" share one concept, and when
     * nothing else comes near, that is the pair a facilitator draws too.
     */
    static final double CLEAR_BEST_FLOOR = 0.12;
    static final double CLEAR_BEST_LEAD = 2.5;
    private static final int REASONS = 4;
    /**
     * A need shows its best few offers, not every offer alike enough: beyond five a facilitator reads a list, not a
     * match, and in a large collaboration the list would grow with the square of the partners.
     */
    static final int MATCHES_PER_NEED = 5;

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
        List<Match> matches = matches(needs, offers);
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

    /**
     * Every need with the offers of other partners that are at least {@link #MATCH_THRESHOLD} alike (the
     * {@link #MATCHES_PER_NEED} most alike) or its one offer that stands out (see {@link #CLEAR_BEST_FLOOR}), most
     * alike first, each with the terms they share. A term that many of this collaboration's needs and offers hold
     * ("jongeren" among partners who all work for young people) tells them apart less, and weighs less, by its
     * inverse frequency among them. Only pairs that can reach the floor are compared: offers are found through an
     * inverted index of the need's {@link #probeKeys}.
     */
    static List<Match> matches(List<TextUnit> allNeeds, List<TextUnit> allOffers) {
        Map<String, Integer> frequency = new HashMap<>();
        java.util.stream.Stream.concat(allNeeds.stream(), allOffers.stream())
                .forEach(unit -> unit.profile().terms().keySet().forEach(key -> frequency.merge(key, 1, Integer::sum)));
        double units = allNeeds.size() + allOffers.size();
        java.util.function.UnaryOperator<TextUnit> local = unit -> new TextUnit(unit.contribution(), unit.text(),
                unit.profile().weighted(key -> Math.log((units + 1) / (frequency.get(key) + 1)) + 1));
        List<TextUnit> needs = allNeeds.stream().map(local).toList();
        List<TextUnit> offers = allOffers.stream().map(local).toList();
        List<List<Alike>> alikeByNeed = alikeOffers(needs, offers, frequency);
        Map<Integer, Alike> bestNeedOfOffer = new HashMap<>();
        for (List<Alike> alike : alikeByNeed) {
            alike.forEach(pair -> bestNeedOfOffer.merge(pair.offer(), pair, (a, b) -> BY_LIKENESS.compare(a, b) <= 0 ? a : b));
        }
        List<Match> matches = new ArrayList<>();
        for (List<Alike> alike : alikeByNeed) {
            List<Alike> shown = new ArrayList<>(alike.stream().filter(pair -> pair.similarity() >= MATCH_THRESHOLD)
                    .limit(MATCHES_PER_NEED).toList());
            if (shown.isEmpty() && !alike.isEmpty() && standsOut(alike) && bestNeedOfOffer.get(alike.get(0).offer()).equals(alike.get(0))) {
                shown.add(alike.get(0));
            }
            for (Alike pair : shown) {
                TextUnit need = needs.get(pair.need());
                TextUnit offer = offers.get(pair.offer());
                Contribution seeker = need.contribution();
                Contribution provider = offer.contribution();
                matches.add(new Match(seeker.partnerKey(), seeker.name(), seeker.organisation(), need.text(),
                        provider.partnerKey(), provider.name(), provider.organisation(), offer.text(),
                        Math.round(pair.similarity() * 100) / 100.0,
                        need.profile().shared(offer.profile()).stream().limit(REASONS).toList()));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::need).thenComparing(Match::offer));
        return matches;
    }

    /** A need and an offer of another partner at least {@link #CLEAR_BEST_FLOOR} alike, by their indices. */
    private record Alike(int need, int offer, double similarity) {
    }

    private static final Comparator<Alike> BY_LIKENESS = Comparator.comparingDouble(Alike::similarity).reversed()
            .thenComparingInt(Alike::need).thenComparingInt(Alike::offer);

    /** Per need, the offers of other partners at least {@link #CLEAR_BEST_FLOOR} alike, most alike first. */
    private static List<List<Alike>> alikeOffers(List<TextUnit> needs, List<TextUnit> offers, Map<String, Integer> frequency) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int i = 0; i < offers.size(); i++) {
            int at = i;
            offers.get(i).profile().terms().keySet().forEach(key -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(at));
        }
        List<List<Alike>> alikeByNeed = new ArrayList<>();
        for (int n = 0; n < needs.size(); n++) {
            TextUnit need = needs.get(n);
            Set<Integer> candidates = new TreeSet<>();
            for (String key : probeKeys(need, frequency)) {
                candidates.addAll(index.getOrDefault(key, List.of()));
            }
            List<Alike> alike = new ArrayList<>();
            for (int candidate : candidates) {
                TextUnit offer = offers.get(candidate);
                double similarity = need.similarity(offer);
                if (!need.contribution().partnerKey().equals(offer.contribution().partnerKey()) && similarity >= CLEAR_BEST_FLOOR) {
                    alike.add(new Alike(n, candidate, similarity));
                }
            }
            alike.sort(BY_LIKENESS);
            alikeByNeed.add(alike);
        }
        return alikeByNeed;
    }

    /** Whether a need's best offer (below the threshold) is {@link #CLEAR_BEST_LEAD} times as alike as its next. */
    private static boolean standsOut(List<Alike> alike) {
        double next = alike.size() > 1 ? alike.get(1).similarity() : 0;
        return alike.get(0).similarity() >= CLEAR_BEST_LEAD * next;
    }

    /**
     * The terms of a need, rarest first, that an offer must share for the two to reach {@link #CLEAR_BEST_FLOOR}:
     * once the terms left over weigh less than the floor times the need's norm, an offer sharing only those
     * cannot be alike enough (by Cauchy–Schwarz, their part of the cosine is at most that fraction). So the common
     * terms, with their long lists of offers, are looked up only where the rare ones cannot decide.
     */
    static List<String> probeKeys(TextUnit need, Map<String, Integer> frequency) {
        List<TextProfile.Term> rarestFirst = new ArrayList<>(need.profile().terms().values());
        rarestFirst.sort(Comparator.<TextProfile.Term>comparingInt(t -> frequency.getOrDefault(t.key(), 0))
                .thenComparing(TextProfile.Term::key));
        double norm = need.profile().norm();
        double enough = CLEAR_BEST_FLOOR * CLEAR_BEST_FLOOR * norm * norm * (1 - 1e-9);
        double left = norm * norm;
        List<String> keys = new ArrayList<>();
        for (TextProfile.Term term : rarestFirst) {
            if (left < enough) {
                break;
            }
            keys.add(term.key());
            left -= term.weight() * term.weight();
        }
        return keys;
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
