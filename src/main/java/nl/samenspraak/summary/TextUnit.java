package nl.samenspraak.summary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One piece of text a partner gave (a text answer, or one item of a list) with its terms: single stems and
 * pairs of neighbouring stems, so that "betaalbare woningen" can be a theme of its own.
 */
record TextUnit(Contribution contribution, String text, Set<String> keys, Map<String, String> surfaces) {

    static TextUnit of(Contribution contribution, String text, TextFeatures terms, String language) {
        List<TextFeatures.Term> words = terms.terms(text, language);
        Set<String> keys = new LinkedHashSet<>();
        Map<String, String> surfaces = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            TextFeatures.Term word = words.get(i);
            keys.add(word.stem());
            surfaces.putIfAbsent(word.stem(), word.surface());
            if (i + 1 < words.size()) {
                TextFeatures.Term next = words.get(i + 1);
                String pair = word.stem() + " " + next.stem();
                keys.add(pair);
                surfaces.putIfAbsent(pair, word.surface() + " " + next.surface());
            }
        }
        return new TextUnit(contribution, text, keys, surfaces);
    }

    /** How alike two texts are: the cosine of their term sets, from 0 (nothing shared) to 1. */
    double similarity(TextUnit other) {
        if (keys.isEmpty() || other.keys.isEmpty()) {
            return 0;
        }
        long shared = keys.stream().filter(other.keys::contains).count();
        return shared / Math.sqrt((double) keys.size() * other.keys.size());
    }
}
