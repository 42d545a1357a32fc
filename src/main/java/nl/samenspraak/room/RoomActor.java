package nl.samenspraak.room;

import java.security.Principal;

/**
 * Who acts in a room: a participant (by id, in one room) or a facilitator (by username). Also the STOMP
 * session's user, so that messages can be addressed to one person.
 */
record RoomActor(boolean facilitator, String id, String roomId) implements Principal {

    static RoomActor facilitator(String username) {
        return new RoomActor(true, username, null);
    }

    static RoomActor participant(String participantId, String roomId) {
        return new RoomActor(false, participantId, roomId);
    }

    @Override
    public String getName() {
        return (facilitator ? "f:" : "p:") + id;
    }
}
