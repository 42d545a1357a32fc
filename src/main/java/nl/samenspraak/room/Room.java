package nl.samenspraak.room;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * A live group session of one dialogue, in one of the collaboration's rounds of that dialogue and on the version
 * of the dialogue it records. The state is the group's engine state: the step the room is at and the answers the
 * group settled on, which steer its branches and foreach nodes.
 */
@Table("room")
record Room(@Id String id, @Version Long version, String collaborationId, String dialogueId, int dialogueVersion, String language,
            String joinCode, RoomStatus status, RoomPhase phase, boolean revealNames, String state, Instant createdAt,
            Instant updatedAt, String roundId) {

    Room with(RoomStatus newStatus, RoomPhase newPhase, boolean newRevealNames, String newState, Instant now) {
        return new Room(id, version, collaborationId, dialogueId, dialogueVersion, language, joinCode, newStatus, newPhase,
                newRevealNames, newState, createdAt, now, roundId);
    }

    /** The room brought onto another version of its dialogue, with the state made on it. */
    Room onVersion(int newDialogueVersion, String newState, Instant now) {
        return new Room(id, version, collaborationId, dialogueId, newDialogueVersion, language, joinCode, status, phase,
                revealNames, newState, createdAt, now, roundId);
    }

    boolean isOpen() {
        return status == RoomStatus.OPEN;
    }
}
