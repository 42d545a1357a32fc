package nl.samenspraak.language;

import nl.samenspraak.language.TextProfile.Phrase;
import nl.samenspraak.language.TextProfile.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns tagged sentences into a {@link TextProfile}. A content word counts with its lemma; each part of a
 * compound at half weight (so "ontmoetingsruimte" meets "ontmoeting"); each lexicon concept it names in full,
 * its broader concepts in full (a Wmo-budget is financing), its related ones at half; words in a prepositional
 * phrase at half. Every term is weighted by its
 * inverse document frequency in the shipped examples.
 */
final class Profiler {

    static final String CONCEPT = "c:";
    private static final double PART = 0.5;
    private static final double BROADER = 1.0;
    /**
     * A related concept counts half: two texts on related concepts then share both at half, alike enough to be
     * a clear best match where nothing else comes near, never as alike as two texts on one concept.
     */
    private static final double RELATED = 0.5;
    private static final double MODIFYING = 0.5;
    private static final int MAX_PHRASE_TOKENS = 7;

    private final Lexicon lexicon;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    Profiler(Lexicon lexicon, List<List<Token>> background) {
        this.lexicon = lexicon;
        for (List<Token> document : background) {
            Set<String> keys = new HashSet<>();
            counts(List.of(document), new HashMap<>()).keySet().forEach(keys::add);
            keys.forEach(key -> documentFrequency.merge(key, 1, Integer::sum));
        }
        this.documents = background.size();
    }

    TextProfile profile(String language, List<List<Token>> sentences) {
        Map<String, String> labels = new HashMap<>();
        Map<String, Double> counts = counts(sentences, labels);
        Map<String, Term> terms = new LinkedHashMap<>();
        counts.forEach((key, count) -> terms.put(key, new Term(key, labels.get(key), count * idf(key))));
        List<Phrase> phrases = new ArrayList<>();
        sentences.forEach(sentence -> phrases.addAll(phrases(sentence, keys(sentence, concepts(sentence)))));
        return new TextProfile(language, terms, List.copyOf(phrases));
    }

    private double idf(String key) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(key, 0) + 1.0)) + 1.0;
    }

    /** The term key of every content word of the sentences, in order: a concept where the lexicon names one. */
    List<String> keys(List<List<Token>> sentences) {
        List<String> keys = new ArrayList<>();
        for (List<Token> sentence : sentences) {
            for (String key : keys(sentence, concepts(sentence))) {
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    /**
     * The unweighted counts of every term, in the order first seen; labels are filled in on the way. A word
     * the lexicon names counts as its concept, not also as its lemma, so that synonyms weigh as one word.
     */
    private Map<String, Double> counts(List<List<Token>> sentences, Map<String, String> labels) {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (List<Token> sentence : sentences) {
            Lexicon.Found[] concepts = concepts(sentence);
            String[] keys = keys(sentence, concepts);
            double[] weights = positionWeights(sentence, concepts);
            for (int i = 0; i < sentence.size(); i++) {
                Token token = sentence.get(i);
                if (keys[i] == null) {
                    continue;
                }
                if (concepts[i] == null) {
                    add(counts, labels, token.lemma(), label(token), weights[i]);
                } else if (concepts[i].start() == i) {
                    List<Token> covered = sentence.subList(i, concepts[i].end());
                    concept(counts, labels, concepts[i].concept(), String.join(" ", covered.stream().map(Token::normal).toList()),
                            weights[i]);
                }
                for (String part : token.parts()) {
                    if (!part.equals(token.lemma())) {
                        add(counts, labels, part, part, PART * weights[i]);
                        String concept = lexicon.conceptOf(part);
                        if (concept != null) {
                            concept(counts, labels, concept, part, PART * weights[i]);
                        }
                    }
                }
            }
        }
        return counts;
    }

    /** For each token, the lexicon concept that covers it, or null; a concept must cover a content word. */
    private Lexicon.Found[] concepts(List<Token> sentence) {
        Lexicon.Found[] covering = new Lexicon.Found[sentence.size()];
        for (Lexicon.Found found : lexicon.find(sentence)) {
            if (sentence.subList(found.start(), found.end()).stream().anyMatch(Token::content)) {
                java.util.Arrays.fill(covering, found.start(), found.end(), found);
            }
        }
        return covering;
    }

    /** For each token, the key it counts under: its concept, its lemma, or null when it carries no content. */
    private static String[] keys(List<Token> sentence, Lexicon.Found[] concepts) {
        String[] keys = new String[sentence.size()];
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.get(i).content()) {
                keys[i] = concepts[i] == null ? sentence.get(i).lemma() : CONCEPT + concepts[i].concept();
            } else if (concepts[i] != null && concepts[i].start() == i) {
                keys[i] = CONCEPT + concepts[i].concept();
            }
        }
        return keys;
    }

    /**
     * How much each word counts by where it stands: a word inside a phrase that a preposition opens ("voor
     * jongeren" in "budgetcursus voor jongeren") says for whom or where, less what the text is about, and counts
     * half, until a comma or a conjunction ends the phrase. After a light word the other way round: in "korte
     * lijnen met de wijkverpleging" the wijkverpleging is what is sought, and "korte lijnen" counts half.
     */
    private double[] positionWeights(List<Token> sentence, Lexicon.Found[] concepts) {
        double[] weights = new double[sentence.size()];
        java.util.Arrays.fill(weights, 1);
        boolean modifying = false;
        int lastContent = -1;
        for (int i = 0; i < sentence.size(); i++) {
            Token token = sentence.get(i);
            if (token.pos() == PartOfSpeech.PREPOSITION && i > 0) {
                Lexicon.Found head = lastContent < 0 ? null : concepts[lastContent];
                if (!modifying && head != null && lexicon.light(head.concept())) {
                    java.util.Arrays.fill(weights, head.start(), head.end(), MODIFYING);
                } else {
                    modifying = true;
                }
            } else if (token.lemma() == null && token.pos() != PartOfSpeech.NUMBER || token.pos() == PartOfSpeech.CONJUNCTION) {
                modifying = false;
            }
            if (modifying) {
                weights[i] = MODIFYING;
            }
            if (token.content()) {
                lastContent = i;
            }
        }
        return weights;
    }

    private void concept(Map<String, Double> counts, Map<String, String> labels, String concept, String label, double weight) {
        add(counts, labels, CONCEPT + concept, label, weight);
        for (String broader : lexicon.broaderOf(concept)) {
            add(counts, labels, CONCEPT + broader, label, weight * BROADER);
        }
        for (String other : lexicon.relatedTo(concept)) {
            add(counts, labels, CONCEPT + other, label, weight * RELATED);
        }
    }

    private static void add(Map<String, Double> counts, Map<String, String> labels, String key, String label, double weight) {
        counts.merge(key, weight, Double::sum);
        labels.putIfAbsent(key, label);
    }

    /** How a word is shown: nouns in dictionary form, abbreviations and names as written, the rest in lower case. */
    static String label(Token token) {
        boolean writtenWithCapitals = token.surface().codePoints().skip(1).anyMatch(Character::isUpperCase);
        if (token.pos() == PartOfSpeech.PROPER_NOUN || writtenWithCapitals) {
            return token.surface();
        }
        if (token.pos() != PartOfSpeech.NOUN) {
            return token.normal();
        }
        // Nouns made of an adjective are read in the plural they are written in: "ouderen", "jongeren".
        boolean pluralOfAdjective = token.lemma().endsWith("e") && token.normal().equals(token.lemma() + "n");
        return pluralOfAdjective ? token.normal() : token.lemma();
    }

    /**
     * The phrases of a sentence: noun phrases (adjectives, then nouns, optionally a preposition with a second
     * noun phrase: "vaste plek voor ontmoeting", "ontmoetingsruimte in het wooncomplex") and short verb phrases
     * ending in an infinitive ("langer thuis wonen"). Each holds at least one content noun or verb.
     */
    private static List<Phrase> phrases(List<Token> sentence, String[] keys) {
        List<Phrase> phrases = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            int end = nounPhrase(sentence, i);
            if (end > i) {
                int longer = end;
                if (end < sentence.size() && sentence.get(end).pos() == PartOfSpeech.PREPOSITION) {
                    int next = end + 1;
                    while (next < sentence.size() && sentence.get(next).pos() == PartOfSpeech.DETERMINER) {
                        next++;
                    }
                    int second = nounPhrase(sentence, next);
                    if (second > next && second - i <= MAX_PHRASE_TOKENS) {
                        longer = second;
                        phrase(sentence, i, end, keys, phrases);
                    }
                }
                int verb = longer;
                if (longer - i <= 2 && verb < sentence.size() && infinitive(sentence.get(verb))) {
                    longer = verb + 1;
                }
                phrase(sentence, i, longer, keys, phrases);
                i = longer;
            } else if (i + 1 < sentence.size() && modifierOfVerb(sentence.get(i)) && infinitive(sentence.get(i + 1))) {
                int start = i;
                int stop = i + 1;
                if (stop + 1 < sentence.size() && infinitive(sentence.get(stop + 1))) {
                    stop++;
                }
                phrase(sentence, start, stop + 1, keys, phrases);
                i = stop + 1;
            } else {
                i++;
            }
        }
        return phrases;
    }

    /** Where a run of (adjective)* (noun)+ that starts at {@code from} ends; {@code from} when there is none. */
    private static int nounPhrase(List<Token> sentence, int from) {
        int i = from;
        while (i < sentence.size() && modifier(sentence.get(i))) {
            i++;
        }
        int nouns = i;
        while (nouns < sentence.size() && sentence.get(nouns).content() && sentence.get(nouns).pos().nominal()) {
            nouns++;
        }
        return nouns > i ? nouns : from;
    }

    private static boolean modifier(Token token) {
        return token.lemma() != null && token.pos() == PartOfSpeech.ADJECTIVE;
    }

    private static boolean modifierOfVerb(Token token) {
        return token.content() && (token.pos() == PartOfSpeech.ADJECTIVE || token.pos() == PartOfSpeech.ADVERB);
    }

    private static boolean infinitive(Token token) {
        return token.content() && token.pos() == PartOfSpeech.VERB && token.normal().equals(token.lemma());
    }

    private static void phrase(List<Token> sentence, int from, int to, String[] termKeys, List<Phrase> phrases) {
        List<Token> tokens = sentence.subList(from, to);
        List<String> keys = java.util.Arrays.stream(termKeys, from, to).filter(java.util.Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return;
        }
        // The last noun of the first noun run is the head: it stands in dictionary form ("woningen" → "woning").
        List<String> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean head = token.pos().nominal() && (i + 1 == tokens.size() || !tokens.get(i + 1).pos().nominal());
            words.add(head || token.pos() == PartOfSpeech.PROPER_NOUN ? label(token) : shown(token));
        }
        phrases.add(new Phrase(String.join(" ", words), keys));
    }

    private static String shown(Token token) {
        boolean writtenWithCapitals = token.surface().codePoints().skip(1).anyMatch(Character::isUpperCase);
        return writtenWithCapitals ? token.surface() : token.normal();
    }
}
