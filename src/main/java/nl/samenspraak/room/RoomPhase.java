package nl.samenspraak.room;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Where a room's current step is: partners answering (nobody sees the others' answers), or the answers
 * revealed; stored and sent as {@code answering} or {@code revealed}.
 */
enum RoomPhase {
    ANSWERING, REVEALED;

    @JsonValue
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
