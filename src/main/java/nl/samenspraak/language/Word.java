package nl.samenspraak.language;

/**
 * A token as the pipeline sees it: as written, its stem (lower-cased, Snowball-stemmed; null for
 * punctuation and numbers) and whether it may be part of a keyphrase (a word that is not a stop word).
 */
record Word(String surface, String stem, boolean content) {
}
