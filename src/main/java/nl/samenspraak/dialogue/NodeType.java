package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The kinds of node a dialogue is made of; see dialogues/README.md. */
public enum NodeType {
    SAY, TEXT, LIST, CHOICE, MULTI, SCALE, RANK, BRANCH, FOREACH, RECAP, END;

    /** Whether the participant gives an answer at a node of this type. */
    public boolean asksAnswer() {
        return switch (this) {
            case TEXT, LIST, CHOICE, MULTI, SCALE, RANK -> true;
            default -> false;
        };
    }

    /** Whether a node of this type is a step the participant sees (branch and foreach only steer). */
    public boolean isStep() {
        return this != BRANCH && this != FOREACH;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NodeType fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
