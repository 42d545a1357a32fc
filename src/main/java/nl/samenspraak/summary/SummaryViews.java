package nl.samenspraak.summary;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import nl.samenspraak.dialogue.Aggregates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The JSON of a summary: every statement carries the answers it came from. */
final class SummaryViews {

    private SummaryViews() {
    }

    /** An answer behind a statement: who said it, where, and the words. */
    record Quote(String partner, String organisation, String stepId, String source, String text) {

        static Quote of(Contribution c, String text) {
            return new Quote(c.name(), c.organisation(), c.stepId(), c.source(), text);
        }
    }

    /** A theme: its label and key terms, the partners who voiced it and their words. */
    record Theme(String key, String label, List<String> keyTerms, List<String> partners, List<Quote> quotes,
                 boolean agreed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Question(String stepId, String type, String prompt, int partners, List<Theme> sharedThemes,
                    List<Theme> singleVoiceThemes, Double agreement, List<Aggregates.Tally> tally,
                    Aggregates.ScaleSummary scale, List<Aggregates.RankScore> ranking) {
    }

    record PartnerSheet(String partner, String organisation, Map<String, String> interests, List<String> brings,
                        List<String> takes, String balance, String balanceWhy) {
    }

    /** A need that another partner's offer meets, how alike the two are, and the terms that make them alike. */
    record Match(@JsonIgnore String seekerKey, String seeker, String seekerOrganisation, String need,
                 @JsonIgnore String providerKey, String provider, String providerOrganisation, String offer,
                 double similarity, List<String> reasons) {
    }

    record Item(String partner, String organisation, String text) {
    }

    record BringTake(List<PartnerSheet> partners, List<Match> matches, List<Item> unmetNeeds, List<Item> unaskedOffers,
                     List<Aggregates.Tally> interestKinds, List<Theme> sharedAmbitions, List<Theme> issues,
                     List<Aggregates.Tally> balance) {
    }

    record Paradox(String id, String label, String left, String right, Aggregates.ScaleSummary positions,
                   List<Theme> bothAnd) {
    }

    record Quadrant(String stepId, String prompt, List<Theme> sharedThemes, Quote representative) {
    }

    /**
     * One sentence of the ambition draft and the answers it came from; {@code condition} is the condition a
     * commitment is tied to ("als de financiering structureel is"), null for one without.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Sentence(String text, List<Quote> sources, String condition) {

        Sentence(String text, List<Quote> sources) {
            this(text, sources, null);
        }
    }

    /**
     * The draft shared ambition: the promise as the themes several partners voiced, each partner's commitment
     * (conditional ones marked), the goals several partners share, and apart from those the goals only one
     * partner named; beside it the facilitator's recorded text, if any.
     */
    record Ambition(List<Sentence> promise, List<Sentence> commitments, List<Sentence> goals, List<Sentence> ownGoals,
                    String draft, String edited, Instant editedAt, String editedBy) {
    }

    record Vision(List<Quadrant> quadrants, Ambition ambition) {
    }

    record IssueGroup(String factor, List<Item> issues) {
    }

    /** A scan's ingredient for one factor: its short name, the scale's ends and where the partners stand. */
    record ScanIngredient(String stepId, String factorId, String factor, String label, int min, int max,
                          Aggregates.ScaleSummary positions) {
    }

    /** A row of the heat map: one partner's position at each ingredient of {@link Scan#ingredients}, null where none. */
    record HeatRow(String partner, String organisation, List<Integer> positions) {
    }

    /** The answers to one check question for one factor. */
    record ScanCheck(String stepId, String prompt, int n, List<Aggregates.Tally> tally) {
    }

    /**
     * A factor's figures: the mean of its ingredients' positions, their mean spread, how many positions, whether that
     * makes it weak or divided (see {@link ScanSection}), and the tallies of its check questions. Mean and spread are
     * null when the factor's check questions were answered but none of its ingredients.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactorStats(String id, String label, Double mean, Double spread, int n, boolean weak, boolean divided,
                       List<ScanCheck> checks) {
    }

    record DialogueLink(String id, String title) {
    }

    /**
     * The next conversation for a weak or divided factor ({@code kind}), with what led to it: the factor's figures,
     * its ingredients (the weakest or most divided first) and the answers to its check questions.
     */
    record Recommendation(String factorId, String factor, String kind, Double mean, Double spread,
                          List<ScanIngredient> ingredients, List<ScanCheck> checks, List<DialogueLink> dialogues) {
    }

    record Scan(List<ScanIngredient> ingredients, List<HeatRow> heatMap, List<FactorStats> factors,
                List<ScanIngredient> disagreements, List<Recommendation> recommendations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(String collaborationId, String dialogueId, String language, int partners, int answers,
                   List<Question> questions, BringTake bringTake, List<Paradox> paradoxes, Vision vision,
                   List<IssueGroup> openIssues, Scan scan) {

        /** The keys of every theme in the summary, wherever it appears. */
        Set<String> themeKeys() {
            List<List<Theme>> lists = new ArrayList<>();
            questions.forEach(q -> lists.addAll(Arrays.asList(q.sharedThemes(), q.singleVoiceThemes())));
            if (bringTake != null) {
                lists.addAll(Arrays.asList(bringTake.sharedAmbitions(), bringTake.issues()));
            }
            if (paradoxes != null) {
                paradoxes.forEach(p -> lists.add(p.bothAnd()));
            }
            if (vision != null) {
                vision.quadrants().forEach(q -> lists.add(q.sharedThemes()));
            }
            // Questions without text answers (choices, scales) have no theme lists at all.
            Stream<Theme> themes = lists.stream().filter(Objects::nonNull).flatMap(List::stream);
            return themes.map(Theme::key).collect(Collectors.toSet());
        }
    }
}
