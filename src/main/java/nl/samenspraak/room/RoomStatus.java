package nl.samenspraak.room;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Whether a room can still be joined and answered in; stored and sent as {@code open} or {@code closed}. */
enum RoomStatus {
    OPEN, CLOSED;

    @JsonValue
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
