package nl.samenspraak.summary;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.samenspraak.dialogue.Aggregates;
import nl.samenspraak.summary.SummaryViews.FactorStats;
import nl.samenspraak.summary.SummaryViews.Match;
import nl.samenspraak.summary.SummaryViews.Paradox;
import nl.samenspraak.summary.SummaryViews.Question;
import nl.samenspraak.summary.SummaryViews.Quote;
import nl.samenspraak.summary.SummaryViews.ScanIngredient;
import nl.samenspraak.summary.SummaryViews.Summary;
import nl.samenspraak.summary.SummaryViews.Theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Two rounds of one dialogue side by side, read from the two rounds' summaries (what each says of a scale, a
 * factor, a theme, a match is what the summary computed, never computed again here): per scale where each partner
 * and the group stood in both and whether they moved towards one another, apart, shifted together or stayed; per
 * factor and ingredient of a scan the change of mean and spread; themes that are new, continued or gone; matches
 * that appeared or disappeared; partners who joined or left. The summaries hold shared answers only, so does this.
 */
final class RoundComparison {

    /**
     * How far a scale's spread (standard deviation) must fall or rise, as a share of the scale's width, to read as
     * "towards one another" or "apart": a tenth. With five partners on -3..3 (width 6, bound 0.6) one partner moving
     * one step changes the spread by at most 0.4, and on the scan's -2..2 (bound 0.4) by at most 0.4 too: below the
     * bound, so the word needs more than one voice moving one step, not one partner's second thoughts.
     */
    static final double SPREAD_BOUND = 0.1;
    /**
     * How far a scale's mean must move, as a share of the scale's width, to read as "shifted" (or a scan's factor as
     * improved or worsened): a tenth as well. One partner in five moving one step moves the mean by 0.2, two by 0.4:
     * neither above the bound on -2..2 (0.4) or -3..3 (0.6). It takes more than two of five moving a step the same
     * way, or fewer moving further: a movement of the group, not noise.
     */
    static final double MEAN_BOUND = 0.1;

    static final String CLOSER = "closer";
    static final String APART = "apart";
    static final String SHIFTED = "shifted";
    static final String STEADY = "steady";
    /** A scale answered in one of the two rounds only. */
    static final String ONE_ROUND = "one-round";
    static final String IMPROVED = "improved";
    static final String WORSENED = "worsened";

    record RoundInfo(int number, String label, Instant openedAt, int partners, int answers) {
    }

    record Figures(double mean, double spread, int n) {

        static Figures of(Aggregates.ScaleSummary scale) {
            return scale == null ? null : new Figures(scale.mean(), scale.spread(), scale.n());
        }
    }

    /** A partner's position on a scale in both rounds (null where they gave none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartnerPositions(String partner, String organisation, Integer from, Integer to) {
    }

    /**
     * One scale: a question's, a paradox's ({@code kind} paradox, with its poles) or a scan's ingredient
     * ({@code kind} ingredient, with its factor).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScaleChange(String stepId, String kind, String label, String left, String right, String factorId,
                       String factor, int min, int max, Figures from, Figures to, Double meanChange,
                       Double spreadChange, String verdict, List<PartnerPositions> partners) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FactorChange(String id, String label, Figures from, Figures to, Double meanChange, Double spreadChange,
                        String verdict) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IngredientChange(String stepId, String factorId, String factor, String label, Figures from, Figures to,
                            Double meanChange, Double spreadChange) {
    }

    record ScanChange(List<FactorChange> factors, List<IngredientChange> ingredients) {
    }

    /** A theme, where it was found ({@code place}: the question, paradox or section) and its quotes in each round. */
    record ThemeChange(String key, String label, String place, List<String> fromPartners, List<String> toPartners,
                       List<Quote> fromQuotes, List<Quote> toQuotes) {
    }

    record Themes(List<ThemeChange> added, List<ThemeChange> continued, List<ThemeChange> gone) {
    }

    record Matches(List<Match> appeared, List<Match> disappeared) {
    }

    record Partner(String partner, String organisation) {
    }

    record Partners(List<Partner> joined, List<Partner> left, List<Partner> stayed) {
    }

    record Bounds(double spread, double mean) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Comparison(String collaborationId, String dialogueId, String language, RoundInfo from, RoundInfo to,
                      Bounds bounds, List<ScaleChange> scales, ScanChange scan, Themes themes, Matches matches,
                      Partners partners) {
    }

    /** One round as the comparison reads it: its summary and the shared answers the summary was computed from. */
    record Side(RoundInfo round, Summary summary, List<Contribution> contributions) {
    }

    private RoundComparison() {
    }

    static Comparison of(Side from, Side to) {
        Summary a = from.summary();
        Summary b = to.summary();
        return new Comparison(b.collaborationId(), b.dialogueId(), b.language(), from.round(), to.round(),
                new Bounds(SPREAD_BOUND, MEAN_BOUND), scales(from, to),
                a.scan() == null && b.scan() == null ? null : scan(a, b), themes(a, b), matches(a, b), partners(from, to));
    }

    // ------------------------------------------------------------------ scales

    private static List<ScaleChange> scales(Side from, Side to) {
        Map<String, Question> before = scaleQuestions(from.summary());
        Map<String, Question> after = scaleQuestions(to.summary());
        List<String> steps = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(s -> !after.containsKey(s)).forEach(steps::add);
        List<ScaleChange> result = new ArrayList<>();
        for (String stepId : steps) {
            Question q = after.getOrDefault(stepId, before.get(stepId));
            Figures f = figures(from.summary(), before.get(stepId));
            Figures t = figures(to.summary(), after.get(stepId));
            int[] range = range(before.get(stepId), after.get(stepId));
            int width = range[1] - range[0];
            Paradox paradox = paradox(to.summary(), stepId);
            if (paradox == null) {
                paradox = paradox(from.summary(), stepId);
            }
            ScanIngredient ingredient = ingredient(to.summary(), stepId);
            if (ingredient == null) {
                ingredient = ingredient(from.summary(), stepId);
            }
            String kind = ingredient != null ? "ingredient" : paradox != null ? "paradox" : "question";
            String label = ingredient != null ? ingredient.label() : paradox != null ? paradox.label() : q.prompt();
            result.add(new ScaleChange(stepId, kind, label, paradox == null ? null : paradox.left(),
                    paradox == null ? null : paradox.right(), ingredient == null ? null : ingredient.factorId(),
                    ingredient == null ? null : ingredient.factor(), range[0], range[1], f, t,
                    f == null || t == null ? null : round(t.mean() - f.mean()),
                    f == null || t == null ? null : round(t.spread() - f.spread()),
                    verdict(f, t, width), positions(stepId, from.contributions(), to.contributions())));
        }
        return result;
    }

    /**
     * Towards one another when the spread fell by more than the bound, apart when it rose by more, shifted when
     * the spread stayed but the mean moved by more than its bound, else steady (bounds relative to the width).
     */
    static String verdict(Figures from, Figures to, int width) {
        if (from == null || to == null) {
            return ONE_ROUND;
        }
        double spread = to.spread() - from.spread();
        if (spread < -SPREAD_BOUND * width) {
            return CLOSER;
        }
        if (spread > SPREAD_BOUND * width) {
            return APART;
        }
        return Math.abs(to.mean() - from.mean()) > MEAN_BOUND * width ? SHIFTED : STEADY;
    }

    private static Map<String, Question> scaleQuestions(Summary summary) {
        Map<String, Question> scales = new LinkedHashMap<>();
        summary.questions().stream().filter(q -> q.scale() != null).forEach(q -> scales.put(q.stepId(), q));
        return scales;
    }

    /** The group's figures at a step as the summary states them: a scan's ingredient's own, else the question's. */
    private static Figures figures(Summary summary, Question question) {
        if (question == null) {
            return null;
        }
        ScanIngredient ingredient = ingredient(summary, question.stepId());
        return Figures.of(ingredient != null ? ingredient.positions() : question.scale());
    }

    private static int[] range(Question before, Question after) {
        Question q = after != null ? after : before;
        List<Aggregates.Bin> bins = q.scale().histogram();
        return new int[] {bins.get(0).position(), bins.get(bins.size() - 1).position()};
    }

    private static Paradox paradox(Summary summary, String stepId) {
        if (summary.paradoxes() == null || !stepId.contains("@")) {
            return null;
        }
        String item = stepId.substring(stepId.indexOf('@') + 1);
        return summary.paradoxes().stream().filter(p -> p.id().equals(item)).findFirst().orElse(null);
    }

    private static ScanIngredient ingredient(Summary summary, String stepId) {
        return summary.scan() == null ? null
                : summary.scan().ingredients().stream().filter(i -> i.stepId().equals(stepId)).findFirst().orElse(null);
    }

    /** Each partner's position at the step in both rounds, as the scan's heat map takes it: their latest answer. */
    private static List<PartnerPositions> positions(String stepId, List<Contribution> from, List<Contribution> to) {
        Map<String, Contribution> before = byPerson(ScanSection.latestPerPartner(at(from, stepId)));
        Map<String, Contribution> after = byPerson(ScanSection.latestPerPartner(at(to, stepId)));
        Map<String, Contribution> everyone = new LinkedHashMap<>(before);
        after.forEach(everyone::putIfAbsent);
        return everyone.entrySet().stream().map(e -> new PartnerPositions(e.getValue().name(), e.getValue().organisation(),
                position(before.get(e.getKey())), position(after.get(e.getKey())))).toList();
    }

    private static List<Contribution> at(List<Contribution> contributions, String stepId) {
        return contributions.stream().filter(c -> c.stepId().equals(stepId)).toList();
    }

    private static Map<String, Contribution> byPerson(Map<String, Contribution> byKey) {
        Map<String, Contribution> result = new LinkedHashMap<>();
        byKey.values().forEach(c -> result.putIfAbsent(identity(c), c));
        return result;
    }

    private static Integer position(Contribution c) {
        return c == null || !(c.value() instanceof Number n) ? null : n.intValue();
    }

    // ------------------------------------------------------------------ scan

    private static ScanChange scan(Summary a, Summary b) {
        List<FactorStats> before = a.scan() == null ? List.of() : a.scan().factors();
        List<FactorStats> after = b.scan() == null ? List.of() : b.scan().factors();
        List<ScanIngredient> ingredientsBefore = a.scan() == null ? List.of() : a.scan().ingredients();
        List<ScanIngredient> ingredientsAfter = b.scan() == null ? List.of() : b.scan().ingredients();
        List<FactorChange> factors = new ArrayList<>();
        for (FactorStats f : union(before, after, FactorStats::id)) {
            FactorStats x = find(before, FactorStats::id, f.id());
            FactorStats y = find(after, FactorStats::id, f.id());
            Figures from = x == null || x.mean() == null ? null : new Figures(x.mean(), x.spread(), x.n());
            Figures to = y == null || y.mean() == null ? null : new Figures(y.mean(), y.spread(), y.n());
            int width = union(ingredientsBefore, ingredientsAfter, ScanIngredient::stepId).stream()
                    .filter(i -> i.factorId().equals(f.id())).findFirst().map(i -> i.max() - i.min()).orElse(0);
            String verdict = from == null || to == null ? ONE_ROUND
                    : to.mean() - from.mean() > MEAN_BOUND * width ? IMPROVED
                    : from.mean() - to.mean() > MEAN_BOUND * width ? WORSENED : STEADY;
            factors.add(new FactorChange(f.id(), f.label(), from, to, change(from, to, Figures::mean),
                    change(from, to, Figures::spread), verdict));
        }
        List<IngredientChange> ingredients = new ArrayList<>();
        for (ScanIngredient i : union(ingredientsBefore, ingredientsAfter, ScanIngredient::stepId)) {
            ScanIngredient x = find(ingredientsBefore, ScanIngredient::stepId, i.stepId());
            ScanIngredient y = find(ingredientsAfter, ScanIngredient::stepId, i.stepId());
            Figures from = x == null ? null : Figures.of(x.positions());
            Figures to = y == null ? null : Figures.of(y.positions());
            ingredients.add(new IngredientChange(i.stepId(), i.factorId(), i.factor(), i.label(), from, to,
                    change(from, to, Figures::mean), change(from, to, Figures::spread)));
        }
        return new ScanChange(factors, ingredients);
    }

    private static Double change(Figures from, Figures to, java.util.function.ToDoubleFunction<Figures> figure) {
        return from == null || to == null ? null : round(figure.applyAsDouble(to) - figure.applyAsDouble(from));
    }

    /** The later round's entries in its order, then those only the earlier round has. */
    private static <T> List<T> union(List<T> before, List<T> after, java.util.function.Function<T, String> id) {
        List<T> all = new ArrayList<>(after);
        before.stream().filter(x -> find(after, id, id.apply(x)) == null).forEach(all::add);
        return all;
    }

    private static <T> T find(List<T> list, java.util.function.Function<T, String> id, String key) {
        return list.stream().filter(x -> id.apply(x).equals(key)).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ themes

    private record Placed(String place, Theme theme) {
    }

    private static Themes themes(Summary a, Summary b) {
        List<Placed> before = placed(a);
        List<Placed> after = placed(b);
        List<ThemeChange> added = new ArrayList<>();
        List<ThemeChange> continued = new ArrayList<>();
        List<Placed> matched = new ArrayList<>();
        for (Placed t : after) {
            Placed earlier = before.stream().filter(p -> p.theme().key().equals(t.theme().key())).findFirst()
                    .or(() -> before.stream().filter(p -> sameLabel(p, t)).findFirst()).orElse(null);
            if (earlier == null) {
                added.add(change(t, null, t));
            } else {
                matched.add(earlier);
                continued.add(change(t, earlier, t));
            }
        }
        List<ThemeChange> gone = before.stream().filter(p -> !matched.contains(p)).map(p -> change(p, p, null)).toList();
        return new Themes(added, continued, gone);
    }

    /** The same label in the same place (the part of the key before '#': the step or role it was found at). */
    private static boolean sameLabel(Placed a, Placed b) {
        return scope(a.theme().key()).equals(scope(b.theme().key()))
                && a.theme().label().strip().equalsIgnoreCase(b.theme().label().strip());
    }

    private static String scope(String key) {
        int hash = key.indexOf('#');
        return hash < 0 ? key : key.substring(0, hash);
    }

    private static ThemeChange change(Placed shown, Placed from, Placed to) {
        return new ThemeChange(shown.theme().key(), shown.theme().label(), shown.place(),
                from == null ? List.of() : from.theme().partners(), to == null ? List.of() : to.theme().partners(),
                from == null ? List.of() : from.theme().quotes(), to == null ? List.of() : to.theme().quotes());
    }

    /** Every theme the summary shows, once per key, with where it shows it. */
    private static List<Placed> placed(Summary s) {
        Map<String, Placed> themes = new LinkedHashMap<>();
        if (s.vision() != null) {
            s.vision().quadrants().forEach(q -> add(themes, q.prompt(), q.sharedThemes()));
        }
        if (s.bringTake() != null) {
            add(themes, null, s.bringTake().sharedAmbitions());
            add(themes, null, s.bringTake().issues());
        }
        if (s.paradoxes() != null) {
            s.paradoxes().forEach(p -> add(themes, p.label(), p.bothAnd()));
        }
        for (Question q : s.questions()) {
            add(themes, q.prompt(), q.sharedThemes());
            add(themes, q.prompt(), q.singleVoiceThemes());
        }
        return List.copyOf(themes.values());
    }

    private static void add(Map<String, Placed> themes, String place, List<Theme> list) {
        if (list != null) {
            list.forEach(t -> themes.putIfAbsent(t.key(), new Placed(place, t)));
        }
    }

    // ------------------------------------------------------------------ matches and partners

    private static Matches matches(Summary a, Summary b) {
        List<Match> before = a.bringTake() == null ? List.of() : a.bringTake().matches();
        List<Match> after = b.bringTake() == null ? List.of() : b.bringTake().matches();
        return new Matches(after.stream().filter(m -> before.stream().noneMatch(x -> sameMatch(x, m))).toList(),
                before.stream().filter(m -> after.stream().noneMatch(x -> sameMatch(x, m))).toList());
    }

    /** The same seeker and provider (by name and organisation) with the same need and offer (case and blanks aside). */
    private static boolean sameMatch(Match x, Match y) {
        return norm(x.seeker()).equals(norm(y.seeker())) && norm(x.seekerOrganisation()).equals(norm(y.seekerOrganisation()))
                && norm(x.provider()).equals(norm(y.provider())) && norm(x.providerOrganisation()).equals(norm(y.providerOrganisation()))
                && norm(x.need()).equals(norm(y.need())) && norm(x.offer()).equals(norm(y.offer()));
    }

    private static Partners partners(Side from, Side to) {
        Map<String, Partner> before = people(from.contributions());
        Map<String, Partner> after = people(to.contributions());
        return new Partners(
                after.entrySet().stream().filter(e -> !before.containsKey(e.getKey())).map(Map.Entry::getValue).toList(),
                before.entrySet().stream().filter(e -> !after.containsKey(e.getKey())).map(Map.Entry::getValue).toList(),
                after.entrySet().stream().filter(e -> before.containsKey(e.getKey())).map(Map.Entry::getValue).toList());
    }

    private static Map<String, Partner> people(List<Contribution> contributions) {
        Map<String, Partner> people = new LinkedHashMap<>();
        contributions.forEach(c -> people.putIfAbsent(identity(c), new Partner(c.name(), c.organisation())));
        return people;
    }

    /**
     * The same partner in both rounds: invited under the same name and organisation (case and surrounding blanks
     * aside), as a later round offers a partner's earlier answers and as the summary counts voices; one without a
     * name is only themselves.
     */
    private static String identity(Contribution c) {
        return Objects.requireNonNullElse(SummaryInputs.person(c), c.partnerKey());
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
