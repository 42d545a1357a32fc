package nl.samenspraak.dialogue;

/** What a node declares about its part in the summary: {@code summary: {role: …}}. */
record NodeSummary(SummaryRole role) {
}
