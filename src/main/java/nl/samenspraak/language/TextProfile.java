package nl.samenspraak.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a text is about, for grouping and matching: its weighted terms and its noun phrases. A term is a
 * lemma ("ontmoetingsruimte"), a part of a compound ("ruimte"), or a concept of the domain lexicon
 * ({@code c:financiering}, also for "Wmo-budget" through its broader concept). Weights are TF-IDF against
 * the shipped examples, so words every partner uses ("samenwerking") weigh less than specific ones. Phrases
 * are the text's noun phrases in dictionary form ("ontmoetingsruimte in het wooncomplex", "langer thuis
 * wonen"), each with the terms it holds, for labels.
 */
public record TextProfile(String language, Map<String, Term> terms, List<Phrase> phrases, double norm) {

    /** A profile of these terms; its norm is computed once, as every comparison needs it. */
    public TextProfile(String language, Map<String, Term> terms, List<Phrase> phrases) {
        this(language, terms, phrases, normOf(terms));
    }

    /** A weighted term and what a person reads for it: the lemma, or the word that named the concept. */
    public record Term(String key, String label, double weight) {
    }

    /** A phrase as it can be shown, and the term keys of its content words. */
    public record Phrase(String text, List<String> keys) {
    }

    /** This profile without the terms a predicate names (for example the words of the question asked). */
    public TextProfile without(Predicate<String> drop) {
        Map<String, Term> kept = new java.util.LinkedHashMap<>();
        terms.forEach((key, term) -> {
            if (!drop.test(key)) {
                kept.put(key, term);
            }
        });
        return new TextProfile(language, Map.copyOf(kept), phrases);
    }

    /** This profile with each term's weight multiplied by a factor of its key. */
    public TextProfile weighted(java.util.function.ToDoubleFunction<String> factor) {
        Map<String, Term> weighted = new java.util.LinkedHashMap<>();
        terms.forEach((key, term) -> weighted.put(key, new Term(key, term.label(), term.weight() * factor.applyAsDouble(key))));
        return new TextProfile(language, Map.copyOf(weighted), phrases);
    }

    private static double normOf(Map<String, Term> terms) {
        double sum = 0;
        for (Term term : terms.values()) {
            sum += term.weight() * term.weight();
        }
        return Math.sqrt(sum);
    }

    /** The cosine of the two weighted term vectors, from 0 (nothing shared) to 1. */
    public double similarity(TextProfile other) {
        double norms = norm() * other.norm();
        if (norms == 0) {
            return 0;
        }
        Map<String, Term> small = terms.size() <= other.terms.size() ? terms : other.terms;
        Map<String, Term> large = small == terms ? other.terms : terms;
        double dot = 0;
        for (Term term : small.values()) {
            Term there = large.get(term.key());
            if (there != null) {
                dot += term.weight() * there.weight();
            }
        }
        return dot / norms;
    }

    /** The terms both texts hold, heaviest first, as a person reads them: why two texts are alike. */
    public List<String> shared(TextProfile other) {
        List<Term> both = new ArrayList<>();
        terms.values().forEach(term -> {
            Term there = other.terms.get(term.key());
            if (there != null) {
                both.add(new Term(term.key(), term.label().equals(there.label()) ? term.label()
                        : term.label() + " ~ " + there.label(), term.weight() * there.weight()));
            }
        });
        both.sort(java.util.Comparator.comparingDouble(Term::weight).reversed().thenComparing(Term::key));
        Set<String> labels = new java.util.LinkedHashSet<>();
        both.forEach(term -> labels.add(term.label()));
        return List.copyOf(labels);
    }
}
