package nl.samenspraak.language;

/** The word classes the pipeline tells apart: what noun phrases, labels and features need, no more. */
public enum PartOfSpeech {
    NOUN, PROPER_NOUN, ADJECTIVE, VERB, ADVERB, PREPOSITION, DETERMINER, PRONOUN, CONJUNCTION, NUMBER, OTHER;

    /** Words that carry content: nouns, names, adjectives, verbs, adverbs. */
    boolean content() {
        return this == NOUN || this == PROPER_NOUN || this == ADJECTIVE || this == VERB || this == ADVERB;
    }

    boolean nominal() {
        return this == NOUN || this == PROPER_NOUN;
    }
}
