package nl.samenspraak.dialogue;

/** The two labelled ends of a scale. */
public record Poles(LocalizedText left, LocalizedText right) {
}
