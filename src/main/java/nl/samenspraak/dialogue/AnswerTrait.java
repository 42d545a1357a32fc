package nl.samenspraak.dialogue;

/** What an analysis of a free-text answer can notice, and a probe can be triggered by. */
public enum AnswerTrait {
    /** Says little that one could act on: few specific words, or mostly generic ones ("goed samenwerken"). */
    VAGUE,
    /** Speaks of what goes wrong rather than of the future that is wanted. */
    PROBLEM_FRAMED
}
