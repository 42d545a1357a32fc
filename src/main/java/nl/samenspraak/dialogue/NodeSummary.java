package nl.samenspraak.dialogue;

/**
 * What a node declares about its part in the summary: {@code summary: {role: …}}, and for a scan's ingredient
 * (a {@code position} in the foreach of its factors) its short name, {@code label}, the heat map's column.
 */
record NodeSummary(SummaryRole role, LocalizedText label) {
}
