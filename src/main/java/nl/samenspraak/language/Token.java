package nl.samenspraak.language;

import java.util.List;

/**
 * A word as the pipeline sees it: as written, lower-cased ({@code normal}), its dictionary form
 * ({@code lemma}: "mantelzorgers" → "mantelzorger", "gedeelde" → "delen"), its word class, whether it is a
 * stop word, and for a compound the dictionary forms of its parts, head last ("ontmoetingsruimte" →
 * ontmoeting, ruimte). Punctuation and numbers have no lemma.
 */
public record Token(String surface, String normal, String lemma, PartOfSpeech pos, boolean stop, List<String> parts) {

    /** A word that may be part of a theme or a match: it has letters, is not a stop word, and carries content. */
    public boolean content() {
        return lemma != null && !stop && pos.content() && lemma.length() >= 2;
    }
}
