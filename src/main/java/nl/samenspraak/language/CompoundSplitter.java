package nl.samenspraak.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a compound into its parts, head last, backed by the dictionary: "ontmoetingsruimte" → ontmoeting +
 * ruimte, "woningaanpassing" → woning + aanpassing, "Wlz-zorgvraag" → wlz + zorgvraag (+ zorg + vraag).
 * Dutch writes compounds as one word, so a part is looked for only where both sides are words the
 * dictionary knows: the head a noun, the modifier a noun (not a stop word) or an adjective or verb form that
 * is never an adverb or preposition, once a linking
 * {@code s}, {@code e} or {@code en} is taken off ("ontmoetings" → "ontmoeting", "senioren" → "senior").
 * The longest head wins, then the parts are split again; "samenwerking", "aandacht" and "overleg" stay whole.
 * English splits only at hyphens.
 */
final class CompoundSplitter {

    /**
     * Parts shorter than this are mostly syllables that happen to be words ("ver" + "pleging", "jong" + "ere",
     * "beg" + "e" + "leiding"); the short heads and modifiers the field writes (Wlz, Wmo) come with a hyphen.
     */
    private static final int MIN_PART = 4;
    private static final int MIN_COMPOUND = 7;
    private static final int MAX_DEPTH = 3;
    private static final String[] LINKS = {"", "s", "e", "en"};

    private final Lemmatizer lemmatizer;
    private final boolean dutch;
    private final Set<String> stopWords;
    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    CompoundSplitter(Lemmatizer lemmatizer, boolean dutch, Set<String> stopWords) {
        this.lemmatizer = lemmatizer;
        this.dutch = dutch;
        this.stopWords = stopWords;
    }

    /** The parts of a lower-case noun lemma, head last; empty when it is no compound. */
    List<String> parts(String lemma) {
        return known.computeIfAbsent(lemma, word -> {
            List<String> parts = new ArrayList<>();
            split(word, parts, 0);
            return parts.size() < 2 ? List.of() : List.copyOf(parts);
        });
    }

    private void split(String word, List<String> parts, int depth) {
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 1) {
            split(word.substring(0, hyphen), parts, depth + 1);
            String head = word.substring(hyphen + 1);
            String headLemma = lemmaOf(head);
            addWhole(parts, headLemma);
            split(headLemma, parts, depth + 1);
            return;
        }
        if (!dutch || depth >= MAX_DEPTH || word.length() < MIN_COMPOUND) {
            if (depth > 0) {
                addWhole(parts, word);
            }
            return;
        }
        for (int at = MIN_PART; at <= word.length() - MIN_PART; at++) {
            String head = word.substring(at);
            if (!lemmatizer.knownAsNoun(head)) {
                continue;
            }
            String modifier = modifier(word.substring(0, at));
            if (modifier != null) {
                List<String> inner = new ArrayList<>();
                split(modifier, inner, depth + 1);
                parts.addAll(inner.isEmpty() ? List.of(modifier) : inner);
                String headLemma = lemmaOf(head);
                List<String> headParts = new ArrayList<>();
                split(headLemma, headParts, depth + 1);
                if (headParts.size() > 1) {
                    parts.addAll(headParts);
                }
                addWhole(parts, headLemma);
                return;
            }
        }
        if (depth > 0) {
            addWhole(parts, word);
        }
    }

    private void addWhole(List<String> parts, String word) {
        if (!parts.contains(word)) {
            parts.add(word);
        }
    }

    /** The modifier as a word of its own, its linking letters off; null when it is no noun, adjective or verb. */
    private String modifier(String raw) {
        for (String link : LINKS) {
            if (raw.endsWith(link) && raw.length() - link.length() >= MIN_PART) {
                String word = raw.substring(0, raw.length() - link.length());
                if (modifierWord(word)) {
                    return lemmaOf(word);
                }
            }
        }
        return null;
    }

    private boolean modifierWord(String word) {
        if (stopWords.contains(word)) {
            return false;
        }
        Map<PartOfSpeech, String> readings = lemmatizer.readings(word);
        boolean function = readings.containsKey(PartOfSpeech.PREPOSITION) || readings.containsKey(PartOfSpeech.ADVERB);
        return readings.containsKey(PartOfSpeech.NOUN)
                || !function && (readings.containsKey(PartOfSpeech.ADJECTIVE) || readings.containsKey(PartOfSpeech.VERB));
    }

    private String lemmaOf(String word) {
        Map<PartOfSpeech, String> readings = lemmatizer.readings(word);
        String lemma = readings.getOrDefault(PartOfSpeech.NOUN, readings.getOrDefault(PartOfSpeech.ADJECTIVE, word));
        return Pipeline.normalise(lemma);
    }
}
