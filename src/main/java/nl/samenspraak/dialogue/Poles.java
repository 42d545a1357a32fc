package nl.samenspraak.dialogue;

/** The two labelled ends of a scale. */
record Poles(LocalizedText left, LocalizedText right) {
}
