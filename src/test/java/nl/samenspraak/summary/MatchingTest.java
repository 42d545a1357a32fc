package nl.samenspraak.summary;

import nl.samenspraak.language.TextProfile;
import nl.samenspraak.summary.SummaryViews.Match;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MatchingTest {

    private static TextUnit unit(String partner, String text, Map<String, Double> weights) {
        Map<String, TextProfile.Term> terms = new java.util.LinkedHashMap<>();
        weights.forEach((key, weight) -> terms.put(key, new TextProfile.Term(key, key, weight)));
        Contribution c = new Contribution(partner, partner, "Org " + partner, "bring", "bring", text, text,
                Contribution.PREPARATION, "c-" + partner);
        return new TextUnit(c, text, new TextProfile("nl", terms, List.of()));
    }

    @Test
    void aNeedShowsItsBestFewOffersMostAlikeFirst() {
        TextUnit need = unit("seeker", "ruimte voor ontmoeting", Map.of("ruimte", 1.0, "ontmoeting", 1.0));
        List<TextUnit> offers = new ArrayList<>();
        for (int i = 0; i < Matching.MATCHES_PER_NEED + 3; i++) {
            offers.add(unit("p" + i, "ruimte " + i, Map.of("ruimte", 1.0, "ontmoeting", 1.0, "extra" + i, 0.1 * i)));
        }
        offers.add(unit("seeker", "eigen ruimte", Map.of("ruimte", 1.0, "ontmoeting", 1.0)));

        List<Match> matches = Matching.matches(List.of(need), offers);

        assertThat(matches).hasSize(Matching.MATCHES_PER_NEED)
                .extracting(Match::offer).containsExactly("ruimte 0", "ruimte 1", "ruimte 2", "ruimte 3", "ruimte 4");
        assertThat(matches).extracting(Match::providerKey).doesNotContain("seeker");
    }

    @Test
    void nothingBelowTheThresholdIsAMatch() {
        TextUnit need = unit("seeker", "financiering", Map.of("financiering", 1.0, "nachtzorg", 3.0));
        TextUnit offer = unit("provider", "budget", Map.of("financiering", 1.0, "wmo", 3.0));
        assertThat(Matching.matches(List.of(need), List.of(offer))).isEmpty();
    }

    @Test
    void everyPartnerWhoWroteTheSameLineIsAMatchButNotTheSeekerThemself() {
        Map<String, Double> terms = Map.of("vrijwilliger", 1.0, "buurt", 0.5);
        TextUnit need = unit("seeker", "Vrijwilligers", terms);
        List<TextUnit> offers = List.of(unit("seeker", "Vrijwilligers", terms), unit("a", "Vrijwilligers", terms),
                unit("b", "Vrijwilligers", terms));

        assertThat(Matching.matches(List.of(need), offers)).extracting(Match::providerKey).containsExactly("a", "b");
    }

    @Test
    void aNeedsClearlyBestOfferIsAMatchBelowTheThreshold() {
        TextUnit need = unit("seeker", "financiering voor de buurtkamer", Map.of("budget", 1.0, "buurtkamer", 1.5));
        TextUnit offer = unit("provider", "Wmo-budget", Map.of("budget", 1.0, "wmo", 1.5));

        List<Match> matches = Matching.matches(List.of(need), List.of(offer));

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.offer()).isEqualTo("Wmo-budget");
            assertThat(match.similarity()).isBetween(Matching.CLEAR_BEST_FLOOR, Matching.MATCH_THRESHOLD);
        });
    }

    @Test
    void aBestOfferBelowTheThresholdWithoutAClearLeadIsNoMatch() {
        TextUnit need = unit("seeker", "financiering voor de buurtkamer", Map.of("budget", 1.0, "buurtkamer", 1.5));
        TextUnit wmo = unit("provider", "Wmo-budget", Map.of("budget", 1.0, "wmo", 1.5));
        TextUnit care = unit("other", "zorgbudget", Map.of("budget", 1.0, "zorg", 1.5));

        assertThat(Matching.matches(List.of(need), List.of(wmo, care))).isEmpty();
    }

    @Test
    void anOfferAnotherNeedIsMoreAlikeToIsNotTheClearBestOfThisOne() {
        TextUnit need = unit("seeker", "financiering voor de buurtkamer", Map.of("budget", 1.0, "buurtkamer", 1.5));
        TextUnit closer = unit("other", "Wmo-budget voor hulp", Map.of("budget", 1.0, "wmo", 1.5));
        TextUnit offer = unit("provider", "Wmo-budget", Map.of("budget", 1.0, "wmo", 1.5));

        assertThat(Matching.matches(List.of(need, closer), List.of(offer)))
                .singleElement().extracting(Match::need).isEqualTo("Wmo-budget voor hulp");
    }

    @Test
    void aNeedIsLookedUpByItsRareTermsAndByCommonOnesOnlyWhereTheyCouldMakeAMatch() {
        Map<String, Integer> frequency = Map.of("wijkverpleging", 1, "wijk", 50, "ruimte", 50, "koffie", 1);
        TextUnit light = unit("a", "korte lijnen met de wijkverpleging", Map.of("wijkverpleging", 1.0, "wijk", 0.1));
        TextUnit heavy = unit("b", "ruimte voor koffie", Map.of("ruimte", 1.0, "koffie", 0.5));

        assertThat(Matching.probeKeys(light, frequency, Matching.MATCH_THRESHOLD)).containsExactly("wijkverpleging");
        assertThat(Matching.probeKeys(heavy, frequency, Matching.MATCH_THRESHOLD)).containsExactly("koffie", "ruimte");
    }
}
