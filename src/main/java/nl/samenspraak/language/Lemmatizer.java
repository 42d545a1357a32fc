package nl.samenspraak.language;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Dictionary forms and word classes from LanguageTool's morfologik dictionaries ({@code org.languagetool:
 * dutch-pos-dict}, {@code english-pos-dict}): every form a word can have, with its lemma and tag. A word
 * with several readings gets one by a few rules of context rather than a trained tagger, since no Dutch
 * tagging model is to be had offline: stop words read as function words, an adjective-or-noun before a
 * noun as an adjective ("korte lijnen", "vaste plek"), otherwise a noun first. A word the dictionary does not
 * know is a name when capitalised inside a sentence, else a noun (new compounds, abbreviations).
 */
final class Lemmatizer {

    private static final Map<String, String> DICTIONARIES = Map.of(
            "nl", "/org/languagetool/resource/nl/dutch.dict",
            "en", "/org/languagetool/resource/en/english.dict");
    private static final List<PartOfSpeech> FUNCTION_FIRST = List.of(PartOfSpeech.PREPOSITION, PartOfSpeech.DETERMINER,
            PartOfSpeech.CONJUNCTION, PartOfSpeech.PRONOUN, PartOfSpeech.ADVERB, PartOfSpeech.VERB, PartOfSpeech.ADJECTIVE,
            PartOfSpeech.NUMBER, PartOfSpeech.NOUN, PartOfSpeech.PROPER_NOUN, PartOfSpeech.OTHER);
    private static final List<PartOfSpeech> CONTENT_FIRST = List.of(PartOfSpeech.NOUN, PartOfSpeech.ADJECTIVE,
            PartOfSpeech.VERB, PartOfSpeech.ADVERB, PartOfSpeech.PROPER_NOUN, PartOfSpeech.NUMBER, PartOfSpeech.PREPOSITION,
            PartOfSpeech.CONJUNCTION, PartOfSpeech.PRONOUN, PartOfSpeech.DETERMINER, PartOfSpeech.OTHER);

    private final String language;
    private final Dictionary dictionary;

    Lemmatizer(String language) {
        this.language = language;
        URL resource = Objects.requireNonNull(Lemmatizer.class.getResource(DICTIONARIES.get(language)),
                () -> "the morfologik dictionary for '" + language + "' is not on the classpath");
        try {
            this.dictionary = Dictionary.read(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the morfologik dictionary for '" + language + "'", e);
        }
    }

    /** Every reading of a word: lemma and word class, best-known forms first, no duplicates. */
    Map<PartOfSpeech, String> readings(String word) {
        // A lookup object per call: DictionaryLookup reuses buffers and is not thread-safe.
        DictionaryLookup lookup = new DictionaryLookup(dictionary);
        Map<PartOfSpeech, String> readings = new EnumMap<>(PartOfSpeech.class);
        // The lower-case form too: a capital at the start of a sentence must not leave only a surname's reading.
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals(word)) {
            collect(lookup, lower, readings);
        }
        collect(lookup, word, readings);
        return readings;
    }

    boolean knownAsNoun(String word) {
        return readings(word).containsKey(PartOfSpeech.NOUN);
    }

    private void collect(DictionaryLookup lookup, String word, Map<PartOfSpeech, String> readings) {
        for (WordData data : lookup.lookup(word)) {
            PartOfSpeech pos = classOf(String.valueOf(data.getTag()));
            String lemma = String.valueOf(data.getStem());
            // Of several lemmas for one class, the shortest is the plain form ("oudere" over "ouderen").
            readings.merge(pos, lemma, (a, b) -> b.length() < a.length() ? b : a);
        }
    }

    /** Tags the words of one sentence (as written) with their reading in context. */
    List<Token> tag(List<String> words, Set<String> stopWords, CompoundSplitter compounds) {
        List<Map<PartOfSpeech, String>> readings = new ArrayList<>(words.size());
        words.forEach(word -> readings.add(readings(word)));
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String surface = words.get(i);
            String normal = Pipeline.normalise(surface);
            boolean letters = normal.codePoints().anyMatch(Character::isLetter);
            if (!letters) {
                boolean number = normal.codePoints().anyMatch(Character::isDigit);
                tokens.add(new Token(surface, normal, null, number ? PartOfSpeech.NUMBER : PartOfSpeech.OTHER, true, List.of()));
                continue;
            }
            boolean stop = stopWords.contains(normal);
            Map<PartOfSpeech, String> here = readings.get(i);
            PartOfSpeech pos;
            String lemma;
            if (here.isEmpty()) {
                pos = i > 0 && Character.isUpperCase(surface.codePointAt(0)) ? PartOfSpeech.PROPER_NOUN : PartOfSpeech.NOUN;
                lemma = normal;
            } else {
                pos = choose(here, normal, stop, i + 1 < words.size() ? readings.get(i + 1) : Map.of());
                lemma = Pipeline.normalise(here.get(pos));
            }
            // A name written with a hyphen is often a compound of an abbreviation and a noun ("Wlz-zorgvraag").
            boolean compound = pos == PartOfSpeech.NOUN || pos == PartOfSpeech.PROPER_NOUN && lemma.indexOf('-') > 0;
            List<String> parts = compound ? compounds.parts(lemma) : List.of();
            tokens.add(new Token(surface, normal, lemma, pos, stop, parts));
        }
        return tokens;
    }

    private PartOfSpeech choose(Map<PartOfSpeech, String> readings, String normal, boolean stop, Map<PartOfSpeech, String> next) {
        // Dutch adjectives before a noun take an -e ("vaste plek", "korte lijnen"); "vrijwilliger vrijwilligers" is no such pair.
        boolean attributive = !language.equals("nl") || normal.endsWith("e");
        if (!stop && attributive && readings.containsKey(PartOfSpeech.ADJECTIVE) && readings.containsKey(PartOfSpeech.NOUN)
                && next.containsKey(PartOfSpeech.NOUN)) {
            return PartOfSpeech.ADJECTIVE;
        }
        for (PartOfSpeech pos : stop ? FUNCTION_FIRST : CONTENT_FIRST) {
            if (readings.containsKey(pos)) {
                return pos;
            }
        }
        return PartOfSpeech.OTHER;
    }

    private PartOfSpeech classOf(String tag) {
        return language.equals("nl") ? dutch(tag) : english(tag);
    }

    private static PartOfSpeech dutch(String tag) {
        if (tag.startsWith("ZNW")) return PartOfSpeech.NOUN;
        if (tag.startsWith("BNW")) return PartOfSpeech.ADJECTIVE;
        if (tag.startsWith("WKW")) return PartOfSpeech.VERB;
        if (tag.startsWith("BYW")) return PartOfSpeech.ADVERB;
        if (tag.startsWith("VRZ")) return PartOfSpeech.PREPOSITION;
        if (tag.startsWith("VNW:AWZ")) return PartOfSpeech.DETERMINER;
        if (tag.startsWith("VNW")) return PartOfSpeech.PRONOUN;
        if (tag.startsWith("VGW")) return PartOfSpeech.CONJUNCTION;
        if (tag.startsWith("GET")) return PartOfSpeech.NUMBER;
        if (tag.startsWith("ENM")) return PartOfSpeech.PROPER_NOUN;
        return PartOfSpeech.OTHER;
    }

    private static PartOfSpeech english(String tag) {
        if (tag.startsWith("NNP")) return PartOfSpeech.PROPER_NOUN;
        if (tag.startsWith("NN")) return PartOfSpeech.NOUN;
        if (tag.startsWith("JJ")) return PartOfSpeech.ADJECTIVE;
        if (tag.startsWith("VB") || tag.equals("MD")) return PartOfSpeech.VERB;
        if (tag.startsWith("RB")) return PartOfSpeech.ADVERB;
        if (tag.equals("IN") || tag.equals("TO") || tag.equals("RP")) return PartOfSpeech.PREPOSITION;
        if (tag.equals("DT") || tag.equals("PDT")) return PartOfSpeech.DETERMINER;
        if (tag.startsWith("PRP") || tag.startsWith("WP")) return PartOfSpeech.PRONOUN;
        if (tag.equals("CC")) return PartOfSpeech.CONJUNCTION;
        if (tag.equals("CD")) return PartOfSpeech.NUMBER;
        return PartOfSpeech.OTHER;
    }
}
