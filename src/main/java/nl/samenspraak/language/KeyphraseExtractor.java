package nl.samenspraak.language;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * TF-IDF keyphrases. Candidates are the runs of content words (no stop words, no punctuation) inside a
 * sentence that are one to three words long, and every single word of any run (a longer run is more
 * often a list than a phrase). Variants are grouped by their stems. A phrase scores its count over all
 * texts given, times the mean inverse document frequency of its stems, with a small bonus per extra word.
 * The document frequencies come from the shipped training examples: words that every partner in this
 * field uses ("samenwerking", "ouderen") weigh less than specific ones, while a phrase that many texts
 * share still rises by its count. A single word that only ever occurs inside one longer phrase gives
 * way to that phrase. Ties are broken by the stems, so the order never depends on hashing.
 */
final class KeyphraseExtractor {

    private static final int MAX_WORDS = 3;
    private static final double BONUS_PER_EXTRA_WORD = 0.25;

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final int documents;

    /** @param background the stems of each document of a reference corpus */
    KeyphraseExtractor(Collection<? extends Collection<String>> background) {
        for (Collection<String> document : background) {
            new HashSet<>(document).forEach(stem -> documentFrequency.merge(stem, 1, Integer::sum));
        }
        this.documents = background.size();
    }

    /** @param texts per text, its sentences, each as its words */
    List<Keyphrase> extract(List<List<List<Token>>> texts, int limit) {
        Map<String, Candidate> candidates = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            for (List<Token> sentence : texts.get(t)) {
                for (List<Token> run : runs(sentence)) {
                    if (run.size() <= MAX_WORDS) {
                        candidate(candidates, run).seen(run, t);
                    }
                    if (run.size() > 1) {
                        for (Token word : run) {
                            candidate(candidates, List.of(word)).seen(List.of(word), t);
                        }
                    }
                }
            }
        }
        Set<String> absorbed = absorbedSingles(candidates.values());
        return candidates.values().stream()
                .filter(candidate -> !absorbed.contains(candidate.key()))
                .map(this::keyphrase)
                .sorted(Comparator.comparingDouble(Keyphrase::score).reversed().thenComparing(Keyphrase::stem))
                .limit(limit)
                .toList();
    }

    private double idf(String stem) {
        return Math.log((documents + 1.0) / (documentFrequency.getOrDefault(stem, 0) + 1.0)) + 1.0;
    }

    private static List<List<Token>> runs(List<Token> sentence) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        for (Token word : sentence) {
            if (word.content()) {
                run.add(word);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static Candidate candidate(Map<String, Candidate> candidates, List<Token> words) {
        List<String> stems = words.stream().map(Token::lemma).toList();
        return candidates.computeIfAbsent(String.join(" ", stems), key -> new Candidate(stems));
    }

    /** Single words that never occur outside one particular longer candidate. */
    private static Set<String> absorbedSingles(Collection<Candidate> candidates) {
        Map<String, Integer> singles = new HashMap<>();
        candidates.stream().filter(c -> c.stems.size() == 1).forEach(c -> singles.put(c.key(), c.count));
        Set<String> absorbed = new HashSet<>();
        for (Candidate phrase : candidates) {
            if (phrase.stems.size() > 1) {
                for (String stem : phrase.stems) {
                    if (phrase.count == singles.getOrDefault(stem, -1) && phrase.stems.indexOf(stem) == phrase.stems.lastIndexOf(stem)) {
                        absorbed.add(stem);
                    }
                }
            }
        }
        return absorbed;
    }

    private Keyphrase keyphrase(Candidate candidate) {
        double meanIdf = candidate.stems.stream().mapToDouble(this::idf).average().orElse(0);
        double score = candidate.count * meanIdf * (1 + BONUS_PER_EXTRA_WORD * (candidate.stems.size() - 1));
        return new Keyphrase(candidate.surface(), candidate.key(), Math.round(score * 1000) / 1000.0, candidate.count,
                List.copyOf(candidate.texts));
    }

    /** One stem group: how often and where it was seen, and in which written forms. */
    private static final class Candidate {

        private final List<String> stems;
        private final Map<String, Integer> surfaces = new HashMap<>();
        private final Set<Integer> texts = new TreeSet<>();
        private int count;

        Candidate(List<String> stems) {
            this.stems = stems;
        }

        String key() {
            return String.join(" ", stems);
        }

        void seen(List<Token> words, int text) {
            count++;
            texts.add(text);
            surfaces.merge(String.join(" ", words.stream().map(Token::surface).toList()), 1, Integer::sum);
        }

        /**
         * The form written most often, case aside ("vrijwilligers" over "vrijwilliger"); in that form the
         * spelling written most often, and on a tie the one with fewer capitals (so a sentence-initial
         * "Ouderen" gives way to "ouderen"). Remaining ties go by the text, never by hashing.
         */
        String surface() {
            Map<String, Integer> byLowerCase = new HashMap<>();
            surfaces.forEach((form, n) -> byLowerCase.merge(form.toLowerCase(Locale.ROOT), n, Integer::sum));
            String lowerCase = byLowerCase.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue()).thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
            return surfaces.entrySet().stream()
                    .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(lowerCase))
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                            .thenComparingLong(e -> e.getKey().chars().filter(Character::isUpperCase).count())
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
        }
    }
}
