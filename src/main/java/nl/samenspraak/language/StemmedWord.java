package nl.samenspraak.language;

/** A word of a text that is not a stop word, as written, with its stem ("Vrijwilligers" → "vrijwilliger"). */
public record StemmedWord(String word, String stem) {
}
