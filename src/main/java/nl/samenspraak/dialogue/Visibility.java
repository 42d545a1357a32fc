package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Who may see an answer: everyone in the collaboration (shared) or its author only (private). */
public enum Visibility {
    SHARED, PRIVATE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "shared" or "private"; null for anything else. */
    public static Visibility parse(String name) {
        if (name == null) {
            return null;
        }
        for (Visibility v : values()) {
            if (v.wireName().equals(name)) {
                return v;
            }
        }
        return null;
    }
}
