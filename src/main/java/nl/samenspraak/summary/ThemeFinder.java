package nl.samenspraak.summary;

import nl.samenspraak.summary.SummaryViews.Quote;
import nl.samenspraak.summary.SummaryViews.Theme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the themes in what partners wrote at one step: terms (stems, and pairs of stems) that recur, the
 * ones voiced by most partners first, each with every text it appears in. A term whose texts all belong to
 * a theme already found adds nothing and is passed over. Deterministic: ties go by the term itself.
 */
final class ThemeFinder {

    static final int MAX_THEMES = 8;

    private ThemeFinder() {
    }

    static List<Theme> themes(String scope, List<TextUnit> units, Set<String> agreed) {
        Map<String, List<TextUnit>> byKey = new LinkedHashMap<>();
        for (TextUnit unit : units) {
            unit.keys().forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(unit));
        }
        Map<String, Integer> voices = new LinkedHashMap<>();
        byKey.forEach((key, found) -> voices.put(key, partners(found).size()));
        List<String> candidates = new ArrayList<>(byKey.keySet());
        candidates.sort(Comparator.<String>comparingInt(k -> -voices.get(k))
                .thenComparingInt(k -> -byKey.get(k).size())
                .thenComparingInt(k -> k.contains(" ") ? 0 : 1)
                .thenComparing(Comparator.naturalOrder()));
        List<Theme> themes = new ArrayList<>();
        List<Set<TextUnit>> taken = new ArrayList<>();
        for (String key : candidates) {
            Set<TextUnit> covered = new LinkedHashSet<>(byKey.get(key));
            if (themes.size() == MAX_THEMES || taken.stream().anyMatch(t -> t.containsAll(covered))) {
                continue;
            }
            taken.add(covered);
            String themeKey = scope + "#" + key;
            themes.add(new Theme(themeKey, covered.iterator().next().surfaces().get(key), keyTerms(key, covered),
                    List.copyOf(partners(covered)), covered.stream().map(u -> Quote.of(u.contribution(), u.text())).toList(),
                    agreed.contains(themeKey)));
        }
        return themes;
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

    /** The other single words most often found with the theme's term. */
    private static List<String> keyTerms(String key, Set<TextUnit> units) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> surfaces = new LinkedHashMap<>();
        for (TextUnit unit : units) {
            for (String other : unit.keys()) {
                if (!other.contains(" ") && !key.equals(other) && !key.contains(other)) {
                    counts.merge(other, 1, Integer::sum);
                    surfaces.putIfAbsent(other, unit.surfaces().get(other));
                }
            }
        }
        List<String> terms = new ArrayList<>(List.of(units.iterator().next().surfaces().get(key)));
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(4).forEach(e -> terms.add(surfaces.get(e.getKey())));
        return terms;
    }
}
