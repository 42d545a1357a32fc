package nl.samenspraak.language;

import java.util.List;

/**
 * Something an answer does that a facilitator would follow up on: {@code short} (few words), {@code vague}
 * (abstract, container words without a concrete who, what, where or when) or {@code problem-framed} (speaks
 * of what goes wrong rather than of what is wanted), with the words that gave it away.
 */
public record Trait(String trait, List<String> evidence) {

    public static final String SHORT = "short";
    public static final String VAGUE = "vague";
    public static final String PROBLEM_FRAMED = "problem-framed";
}
