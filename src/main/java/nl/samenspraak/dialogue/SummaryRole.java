package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a node's answers contribute to the summary, as the dialogue declares it ({@code summary: {role: bring}}):
 * the summary builds its sections from roles, never from node ids, so that an author may rename a node and a
 * new method gets a summary of its own. Which node types may carry which role is the JSON Schema's to say;
 * {@code dialogues/README.md} lists every role and the section it feeds.
 */
public enum SummaryRole {
    /** What a partner brings (brengen-halen worksheet). */
    BRING,
    /** What a partner comes to take. */
    TAKE,
    /** The interest partners share. */
    INTEREST,
    /** The interest of the partner's own organisation. */
    OWN_INTEREST,
    /** The partner's personal interest. */
    PERSONAL_INTEREST,
    /** What kind the shared interest is (a choice). */
    INTEREST_KIND,
    /** A pressing issue ("spannend punt"), grouped by factor. */
    ISSUE,
    /** Whether bringing and taking are in balance (a choice). */
    BALANCE,
    /** Why the partner sees the balance so. */
    BALANCE_WHY,
    /** A quadrant of the visievierluik: shared themes and the most representative answer. */
    QUADRANT,
    /** The promise of the shared ambition. */
    PROMISE,
    /** What a partner commits to. */
    COMMITMENT,
    /** A concrete goal. */
    GOAL,
    /**
     * A position on a scale between two poles, one per item of its foreach (a paradox); in a foreach that also
     * holds {@link #CHECK} nodes, a scan's ingredient (its {@code label}) of the factor that is the foreach item.
     */
    POSITION,
    /**
     * A check question of a scan (a choice inside the foreach of its factors, after their ingredients): its
     * answers are tallied per factor, and feed the reasons of the recommended next conversation.
     */
    CHECK,
    /** A both-and idea for the scale of the same foreach item. */
    BOTH_AND;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static SummaryRole fromWireName(String name) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown summary role '" + name + "'"));
    }
}
