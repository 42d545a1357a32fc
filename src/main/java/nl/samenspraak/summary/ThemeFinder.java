package nl.samenspraak.summary;

import nl.samenspraak.language.TextProfile;
import nl.samenspraak.summary.SummaryViews.Quote;
import nl.samenspraak.summary.SummaryViews.Theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups what partners wrote at one step into themes. Each piece of text (a sentence of an answer, or a list
 * item) is a vector of its weighted terms: lemmas, compound parts and lexicon concepts, the question's own
 * words left out. Groups form by centroid clustering in one pass over the texts in their given order: a text
 * joins the group whose centre it is most like, if that likeness is at least {@link #SAME_THEME}, and
 * otherwise starts a group; then groups whose centres are that alike merge. Candidate groups are found
 * through an inverted index of terms, so the work grows with the texts and the groups they touch, not with
 * every pair of texts. Agglomerative clustering would give the same kind of groups at a quadratic cost; with
 * one fixed threshold and a fixed order this is as deterministic and stays linear.
 * <p>
 * A group is labelled by its most characteristic noun phrase (the phrase whose terms weigh most in the
 * group's centre, times how many partners wrote it), never by a question word, and shows its most central
 * quote first. Groups voiced by two or more partners are shared themes; the rest are single voices.
 */
final class ThemeFinder {

    static final int MAX_THEMES = 8;
    /** How alike a text and a group's centre must be for the text to join (calibrated on the fixtures). */
    static final double SAME_THEME = 0.3;
    private static final double WORD_BONUS = 0.2;
    private static final int MAX_LABEL_KEYS = 4;
    private static final int KEY_TERMS = 5;

    private ThemeFinder() {
    }

    /** A group of texts and the sum of their vectors. */
    private static final class Group {
        final List<TextUnit> units = new ArrayList<>();
        final List<TextProfile> profiles = new ArrayList<>();
        final TermVector centre = new TermVector();
        Group mergedInto;

        void add(TextUnit unit, TextProfile profile) {
            units.add(unit);
            profiles.add(profile);
            centre.add(profile);
        }

        Group root() {
            Group group = this;
            while (group.mergedInto != null) {
                group = group.mergedInto;
            }
            return group;
        }
    }

    static List<Theme> themes(String scope, List<TextUnit> units, Set<String> questionKeys, Set<String> agreed) {
        List<Group> groups = cluster(units, questionKeys);
        List<Theme> themes = new ArrayList<>();
        for (Group group : groups) {
            themes.add(theme(scope, group, questionKeys, agreed));
        }
        themes.sort(Comparator.<Theme>comparingInt(t -> -t.partners().size()).thenComparingInt(t -> -t.quotes().size())
                .thenComparing(Theme::label));
        List<Theme> shared = themes.stream().filter(t -> t.partners().size() >= 2).limit(MAX_THEMES).toList();
        List<Theme> single = themes.stream().filter(t -> t.partners().size() < 2).limit(MAX_THEMES).toList();
        List<Theme> result = new ArrayList<>(shared);
        result.addAll(single);
        return result;
    }

    private static List<Group> cluster(List<TextUnit> units, Set<String> questionKeys) {
        List<Group> groups = new ArrayList<>();
        Map<String, Set<Integer>> index = new HashMap<>();
        for (TextUnit unit : units) {
            TextProfile profile = unit.profile().without(questionKeys::contains);
            if (profile.terms().isEmpty()) {
                continue;
            }
            Group best = null;
            double bestLikeness = SAME_THEME;
            for (int candidate : candidates(index, profile.terms().keySet())) {
                double likeness = groups.get(candidate).centre.similarity(profile);
                if (likeness >= bestLikeness && (best == null || likeness > bestLikeness)) {
                    best = groups.get(candidate);
                    bestLikeness = likeness;
                }
            }
            if (best == null) {
                best = new Group();
                groups.add(best);
            }
            best.add(unit, profile);
            int at = groups.indexOf(best);
            profile.terms().keySet().forEach(key -> index.computeIfAbsent(key, k -> new TreeSet<>()).add(at));
        }
        // Merge groups whose centres came to be alike once all texts were in; earlier groups absorb later ones.
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            for (int earlier : candidates(index, group.centre.weights().keySet())) {
                Group target = groups.get(earlier).root();
                if (earlier < i && target != group && target.centre.similarity(group.centre) >= SAME_THEME) {
                    for (int u = 0; u < group.units.size(); u++) {
                        target.add(group.units.get(u), group.profiles.get(u));
                    }
                    group.mergedInto = target;
                    break;
                }
            }
        }
        return groups.stream().filter(g -> g.mergedInto == null).toList();
    }

    private static Set<Integer> candidates(Map<String, Set<Integer>> index, Set<String> keys) {
        Set<Integer> found = new TreeSet<>();
        for (String key : keys) {
            found.addAll(index.getOrDefault(key, Set.of()));
        }
        return found;
    }

    private static Theme theme(String scope, Group group, Set<String> questionKeys, Set<String> agreed) {
        List<Integer> order = new ArrayList<>();
        double[] likeness = new double[group.units.size()];
        for (int i = 0; i < group.units.size(); i++) {
            order.add(i);
            likeness[i] = group.centre.similarity(group.profiles.get(i));
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> -likeness[i]).thenComparing(i -> i));
        List<TextUnit> central = order.stream().map(group.units::get).toList();
        Label label = label(group, questionKeys);
        String key = scope + "#" + label.key();
        List<Quote> quotes = central.stream().map(u -> Quote.of(u.contribution(), u.text())).toList();
        return new Theme(key, label.text(), keyTerms(group, label), List.copyOf(partners(central)), quotes,
                agreed.contains(key));
    }

    private record Label(String key, String text, List<String> keys) {
    }

    /**
     * The group's most characteristic phrase: each candidate scores the mean weight of its terms in the
     * group's centre, times the partners who wrote it, with a small bonus per extra word; phrases of question
     * words only are passed over. Without a phrase, the heaviest term of the centre is the label.
     */
    private static Label label(Group group, Set<String> questionKeys) {
        Map<String, Set<String>> writers = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> texts = new LinkedHashMap<>();
        Map<String, List<String>> keysOf = new HashMap<>();
        for (TextUnit unit : group.units) {
            for (TextProfile.Phrase phrase : unit.profile().phrases()) {
                List<String> keys = phrase.keys().stream().filter(k -> !questionKeys.contains(k)).toList();
                if (keys.isEmpty() || keys.size() > MAX_LABEL_KEYS || keys.stream().allMatch(k -> group.centre.weight(k) == 0)) {
                    continue;
                }
                String id = String.join(" ", phrase.keys());
                writers.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(unit.contribution().partnerKey());
                texts.computeIfAbsent(id, k -> new LinkedHashMap<>()).merge(phrase.text(), 1, Integer::sum);
                keysOf.put(id, keys);
            }
        }
        String best = null;
        double bestScore = 0;
        for (String id : writers.keySet()) {
            List<String> keys = keysOf.get(id);
            double weight = keys.stream().mapToDouble(group.centre::weight).sum() / keys.size();
            double score = weight * writers.get(id).size() * (1 + WORD_BONUS * (keys.size() - 1));
            if (score > bestScore || score == bestScore && best != null && id.compareTo(best) < 0) {
                best = id;
                bestScore = score;
            }
        }
        if (best != null) {
            String text = texts.get(best).entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            return new Label(best, text, keysOf.get(best));
        }
        String heaviest = group.centre.weights().entrySet().stream()
                .min(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElseThrow();
        return new Label(heaviest, group.centre.label(heaviest), List.of(heaviest));
    }

    /** The label first, then the other terms that weigh most in the group's centre. */
    private static List<String> keyTerms(Group group, Label label) {
        Set<String> terms = new LinkedHashSet<>(List.of(label.text()));
        group.centre.weights().entrySet().stream()
                .filter(e -> !label.keys().contains(e.getKey()))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> group.centre.label(e.getKey()))
                .filter(term -> !label.text().contains(term))
                .forEachOrdered(term -> {
                    if (terms.size() < KEY_TERMS) {
                        terms.add(term);
                    }
                });
        return List.copyOf(terms);
    }

    /** The partners behind the texts, as "name (organisation)". */
    static Set<String> partners(Iterable<TextUnit> units) {
        Set<String> partners = new LinkedHashSet<>();
        units.forEach(u -> partners.add(label(u.contribution())));
        return partners;
    }

    static String label(Contribution c) {
        String name = c.name().isBlank() ? "?" : c.name();
        return c.organisation().isBlank() ? name : name + " (" + c.organisation() + ")";
    }
}
