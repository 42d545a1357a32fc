package nl.samenspraak.language;

import nl.samenspraak.dialogue.AnswerAnalysis;
import nl.samenspraak.dialogue.AnswerTrait;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dialogue engine's answer analysis, done by the language pipeline, for probes triggered by a vague or a
 * problem-framed answer. Offline and deterministic like the pipeline itself.
 */
@Component
class AnswerTraitDetector implements AnswerAnalysis {

    /**
     * How sure the framing classifier must be before an answer counts as problem-framed. Its confidence on
     * short answers stays near the middle (0.5 to 0.7, and "meer betekenisvol contact" scores 0.67 for
     * problem), while answers that really are about what goes wrong score 0.8 or more: a probe that asks to
     * turn a future around would be worse than none.
     */
    static final double PROBLEM_CONFIDENCE = 0.8;
    /** An answer needs at least this many specific words to say something one could act on. */
    static final int SPECIFIC_WORDS = 2;

    private final LanguageAnalyser analyser;
    private final Map<String, Set<String>> vagueStems;

    AnswerTraitDetector(LanguageAnalyser analyser) {
        this.analyser = analyser;
        // Stemmed like the answers are, so that a listed word covers its inflections.
        this.vagueStems = LanguageAnalyser.LANGUAGES.stream().collect(Collectors.toMap(Function.identity(), language ->
                Set.copyOf(analyser.stems(String.join(" ", ShippedFiles.lines("vague-words-" + language + ".txt")), language))));
    }

    @Override
    public Set<AnswerTrait> traits(String text, String language) {
        Set<AnswerTrait> traits = EnumSet.noneOf(AnswerTrait.class);
        if (text.isBlank()) {
            return traits;
        }
        String written = analyser.detectLanguage(text, language);
        if (vague(text, written)) {
            traits.add(AnswerTrait.VAGUE);
        }
        Classification framing = analyser.framing(text, written);
        if (framing.label().equals("problem") && framing.confidence() >= PROBLEM_CONFIDENCE) {
            traits.add(AnswerTrait.PROBLEM_FRAMED);
        }
        return traits;
    }

    /**
     * Vague: after the stop words are gone ("gewoon", "goed", "samen", "dingen"), fewer than two specific words
     * remain, or the generic words of the vague-word list ("samenwerken", "fijn", "mensen") are at least as
     * many as the specific ones. "Gewoon goed samenwerken" leaves only "samenwerken", which is generic; "Een
     * inloop in het buurthuis, elke dinsdag" names a place and a time. Word counts rather than keyphrases,
     * because every content word of a single answer is a keyphrase of it.
     */
    private boolean vague(String text, String language) {
        List<String> stems = analyser.stems(text, language);
        long generic = stems.stream().filter(vagueStems.get(language)::contains).count();
        long specific = stems.size() - generic;
        return specific < SPECIFIC_WORDS || generic >= specific;
    }
}
