package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Whether a dialogue runs for one partner preparing alone, or for a group in a live session. */
public enum Mode {
    SOLO, GROUP;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
