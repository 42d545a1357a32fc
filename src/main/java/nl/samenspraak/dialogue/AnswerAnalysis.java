package nl.samenspraak.dialogue;

import java.util.Set;

/**
 * The engine's port to language analysis: which traits a free-text answer has, for the probes that are
 * triggered by them. The engine stays pure; the language feature implements this, and the engine works
 * without it ({@link #NONE}), asking then only the probes for short answers.
 */
@FunctionalInterface
public interface AnswerAnalysis {

    /** Notices nothing: for summaries, rooms (never probed) and tests that need no analysis. */
    AnswerAnalysis NONE = (text, language) -> Set.of();

    /** The traits of a non-empty answer written in a conversation held in {@code language} ({@code nl} or {@code en}). */
    Set<AnswerTrait> traits(String text, String language);
}
