package nl.samenspraak.conversation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Whether a solo conversation has reached its end; stored and sent as {@code active} or {@code finished}. */
public enum ConversationStatus {
    ACTIVE, FINISHED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
