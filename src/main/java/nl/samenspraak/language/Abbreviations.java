package nl.samenspraak.language;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Abbreviations that end in a full stop without ending the sentence ("bijv.", "o.a.", "mevr."), from
 * {@code dialogues/nlp/abbreviations-<language>.txt}. Some of them often close a sentence as well
 * ("enz.", "etc."); those are marked with a '*' in the file.
 */
final class Abbreviations {

    private final Set<String> all = new HashSet<>();
    private final Set<String> mayEndSentence = new HashSet<>();

    static Abbreviations of(String language) {
        Abbreviations abbreviations = new Abbreviations();
        for (String line : ShippedFiles.lines("abbreviations-" + language + ".txt")) {
            boolean mayEnd = line.endsWith("*");
            String abbreviation = (mayEnd ? line.substring(0, line.length() - 1) : line).strip().toLowerCase(Locale.ROOT);
            abbreviations.all.add(abbreviation);
            if (mayEnd) {
                abbreviations.mayEndSentence.add(abbreviation);
            }
        }
        return abbreviations;
    }

    /** Whether the word, with its final dot, is a known abbreviation (case does not matter). */
    boolean contains(String wordWithDot) {
        return all.contains(wordWithDot.toLowerCase(Locale.ROOT));
    }

    boolean mayEndSentence(String wordWithDot) {
        return mayEndSentence.contains(wordWithDot.toLowerCase(Locale.ROOT));
    }
}
