package nl.samenspraak.language;

/**
 * What a classifier says about a text: the best label and its probability (0 to 1, three decimals).
 * With short or off-topic texts the confidence is low; callers decide what is low enough to ignore.
 */
public record Classification(String label, double confidence) {
}
