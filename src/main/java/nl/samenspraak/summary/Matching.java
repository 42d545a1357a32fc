package nl.samenspraak.summary;

import nl.samenspraak.language.TextProfile;
import nl.samenspraak.summary.SummaryViews.Match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one partner seeks that another brings: each need with the offers of other partners alike enough, most
 * alike first, each with the terms they share. A term that many of this collaboration's needs and offers hold
 * ("jongeren" among partners who all work for young people) tells them apart less, and weighs less, by its
 * inverse frequency among them. Only pairs that can be alike enough are compared: offers are found through an
 * inverted index of a need's {@link #probeKeys}, so the cost follows the pairs that share rare terms, not the
 * square of the partners.
 */
final class Matching {

    /**
     * At this likeness or more a need and an offer are a match. With {@link #CLEAR_BEST_FLOOR} and
     * {@link #CLEAR_BEST_LEAD}, chosen on the calibration and development fixtures
     * ({@code src/test/resources/language-eval/collaboration-{calibration,development}.yaml}): of thresholds 0.30 to
     * 0.35, floors 0.08 to 0.15 and leads 1.5 to 3, the middle of the settings that found the most planted matches
     * (21 of 41) while showing the fewest pairs that are no match (2). The held-out fixtures played no part in it.
     */
    static final double MATCH_THRESHOLD = 0.35;
    /**
     * A need with no offer at the threshold still has a match in its best offer when that stands out: at least
     * this alike, at least {@link #CLEAR_BEST_LEAD} times as alike as the need's next offer, and no other need more
     * alike to it. Partners write a worksheet line in three words; "een meerjarige subsidie" and "Wmo-budget" share
     * one concept, and when nothing else comes near, that is the pair a facilitator draws too.
     */
    static final double CLEAR_BEST_FLOOR = 0.12;
    static final double CLEAR_BEST_LEAD = 2.5;
    /**
     * A need shows its best few offers, not every offer alike enough: beyond five a facilitator reads a list, not a
     * match, and in a large collaboration the list would grow with the square of the partners.
     */
    static final int MATCHES_PER_NEED = 5;
    private static final int REASONS = 4;

    private Matching() {
    }

    /** The matches of these needs and offers, most alike first (see {@link #MATCH_THRESHOLD}, {@link #CLEAR_BEST_FLOOR}). */
    static List<Match> matches(List<TextUnit> allNeeds, List<TextUnit> allOffers) {
        Map<String, Integer> frequency = new HashMap<>();
        Stream.concat(allNeeds.stream(), allOffers.stream())
                .forEach(unit -> unit.profile().terms().keySet().forEach(key -> frequency.merge(key, 1, Integer::sum)));
        double units = allNeeds.size() + allOffers.size();
        java.util.function.UnaryOperator<TextUnit> local = unit -> new TextUnit(unit.contribution(), unit.text(),
                unit.profile().weighted(key -> Math.log((units + 1) / (frequency.get(key) + 1)) + 1));
        Side needs = new Side(allNeeds.stream().map(local).toList(), frequency);
        Side offers = new Side(allOffers.stream().map(local).toList(), frequency);
        List<Match> matches = new ArrayList<>();
        for (int n = 0; n < needs.units.size(); n++) {
            TextUnit need = needs.units.get(n);
            List<Alike> shown = offers.alikeTo(need, MATCH_THRESHOLD, MATCHES_PER_NEED);
            if (shown.isEmpty()) {
                shown = clearBest(n, offers.alikeTo(need, CLEAR_BEST_FLOOR, 2), needs, offers);
            }
            for (Alike pair : shown) {
                matches.add(match(need, offers.units.get(pair.index()), pair.similarity()));
            }
        }
        matches.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::need).thenComparing(Match::offer));
        return matches;
    }

    /** The need's best offer, if it leads its next by {@link #CLEAR_BEST_LEAD} and no other need is more alike to it. */
    private static List<Alike> clearBest(int need, List<Alike> alike, Side needs, Side offers) {
        if (alike.isEmpty()) {
            return List.of();
        }
        Alike best = alike.get(0);
        double next = alike.size() > 1 ? alike.get(1).similarity() : 0;
        if (best.similarity() < CLEAR_BEST_LEAD * next) {
            return List.of();
        }
        List<Alike> rivals = needs.alikeTo(offers.units.get(best.index()), best.similarity(), 1);
        return !rivals.isEmpty() && rivals.get(0).index() == need ? List.of(best) : List.of();
    }

    private static Match match(TextUnit need, TextUnit offer, double similarity) {
        Contribution seeker = need.contribution();
        Contribution provider = offer.contribution();
        return new Match(seeker.partnerKey(), seeker.name(), seeker.organisation(), need.text(),
                provider.partnerKey(), provider.name(), provider.organisation(), offer.text(),
                Math.round(similarity * 100) / 100.0,
                need.profile().shared(offer.profile()).stream().limit(REASONS).toList());
    }

    /** One text of a side (a need or an offer, or a distinct text, by its index there) and how alike it is to the text looked up. */
    private record Alike(int index, double similarity) {
    }

    /**
     * The needs or the offers of a collaboration, with an inverted index of their terms. Partners often write the
     * same line ("Vrijwilligers", "Subsidie"): each distinct text is compared once, and its likeness serves every
     * partner who wrote it.
     */
    private static final class Side {

        private final List<TextUnit> units;
        private final Map<String, Integer> frequency;
        private final List<TextUnit> distinct = new ArrayList<>();
        private final List<List<Integer>> unitsOfText = new ArrayList<>();
        private final Map<String, List<Integer>> index = new HashMap<>();
        private final Map<String, List<Alike>> alikeTexts = new HashMap<>();

        Side(List<TextUnit> units, Map<String, Integer> frequency) {
            this.units = units;
            this.frequency = frequency;
            Map<String, Integer> textIndex = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                TextUnit unit = units.get(i);
                int text = textIndex.computeIfAbsent(unit.text(), t -> {
                    distinct.add(unit);
                    unitsOfText.add(new ArrayList<>());
                    unit.profile().terms().keySet().forEach(key -> index.computeIfAbsent(key, k -> new ArrayList<>()).add(distinct.size() - 1));
                    return distinct.size() - 1;
                });
                unitsOfText.get(text).add(i);
            }
        }

        /**
         * The first {@code limit} texts of other partners at least {@code floor} alike to this one, most alike first
         * (then in the order they were written).
         */
        List<Alike> alikeTo(TextUnit unit, double floor, int limit) {
            List<Alike> alike = new ArrayList<>();
            for (Alike text : alikeTexts.computeIfAbsent(floor + "\n" + unit.text(), k -> alikeTexts(unit, floor))) {
                for (int candidate : unitsOfText.get(text.index())) {
                    if (alike.size() == limit) {
                        return alike;
                    }
                    if (!unit.contribution().partnerKey().equals(units.get(candidate).contribution().partnerKey())) {
                        alike.add(new Alike(candidate, text.similarity()));
                    }
                }
            }
            return alike;
        }

        /** The distinct texts at least {@code floor} alike to this one, by their index among them, most alike first. */
        private List<Alike> alikeTexts(TextUnit unit, double floor) {
            Set<Integer> candidates = new TreeSet<>();
            for (String key : probeKeys(unit, frequency, floor)) {
                candidates.addAll(index.getOrDefault(key, List.of()));
            }
            List<Alike> alike = new ArrayList<>();
            for (int candidate : candidates) {
                double similarity = unit.similarity(distinct.get(candidate));
                if (similarity >= floor) {
                    alike.add(new Alike(candidate, similarity));
                }
            }
            alike.sort(Comparator.comparingDouble(Alike::similarity).reversed().thenComparingInt(Alike::index));
            return alike;
        }
    }

    /**
     * The terms of a text, rarest first, that another must share for the two to be {@code floor} alike: once the
     * terms left over weigh less than the floor times the text's norm, a text sharing only those cannot be alike
     * enough (by Cauchy–Schwarz, their part of the cosine is at most that fraction). So the common terms, with
     * their long lists of texts, are looked up only where the rare ones cannot decide.
     */
    static List<String> probeKeys(TextUnit unit, Map<String, Integer> frequency, double floor) {
        List<TextProfile.Term> rarestFirst = new ArrayList<>(unit.profile().terms().values());
        rarestFirst.sort(Comparator.<TextProfile.Term>comparingInt(t -> frequency.getOrDefault(t.key(), 0))
                .thenComparing(TextProfile.Term::key));
        double norm = unit.profile().norm();
        double enough = floor * floor * norm * norm * (1 - 1e-9);
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
}
