package nl.samenspraak.language;

import nl.samenspraak.dialogue.AnswerAnalysis;
import nl.samenspraak.dialogue.AnswerTrait;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * The dialogue engine's answer analysis: the same traits as {@code POST /api/language/analyse} returns, for
 * probes triggered by a vague or a problem-framed answer. Short answers the engine counts itself.
 */
@Component
class AnswerTraitDetector implements AnswerAnalysis {

    private final LanguageAnalyser analyser;

    AnswerTraitDetector(LanguageAnalyser analyser) {
        this.analyser = analyser;
    }

    @Override
    public Set<AnswerTrait> traits(String text, String language) {
        Set<AnswerTrait> traits = EnumSet.noneOf(AnswerTrait.class);
        for (Trait trait : analyser.traits(text, language)) {
            switch (trait.trait()) {
                case Trait.VAGUE -> traits.add(AnswerTrait.VAGUE);
                case Trait.PROBLEM_FRAMED -> traits.add(AnswerTrait.PROBLEM_FRAMED);
                default -> { }
            }
        }
        return traits;
    }
}
