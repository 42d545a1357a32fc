package nl.samenspraak.summary;

import nl.samenspraak.language.TextProfile;

/**
 * One piece of text a partner gave (a text answer or one of its sentences, or one item of a list) with its
 * profile: the weighted terms and noun phrases the language pipeline found in it.
 */
record TextUnit(Contribution contribution, String text, TextProfile profile) {

    /** How alike two texts are: the cosine of their weighted terms, from 0 (nothing shared) to 1. */
    double similarity(TextUnit other) {
        return profile.similarity(other.profile);
    }
}
