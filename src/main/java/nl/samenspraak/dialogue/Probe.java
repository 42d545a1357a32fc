package nl.samenspraak.dialogue;

/** A follow-up question asked once when a text answer has fewer than {@code belowWords} words. */
public record Probe(int belowWords, LocalizedText text) {
}
