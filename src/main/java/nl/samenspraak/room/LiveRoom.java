package nl.samenspraak.room;

import nl.samenspraak.dialogue.ConversationState;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A room as it is now: its stored row and the group's engine state read from it, its dialogue, the step it is
 * at (rendered once per change, not once per answer), who is in it and who owns it. An immutable snapshot; every change makes a new one.
 */
record LiveRoom(Room room, ConversationState state, Dialogue dialogue, Step step, List<RoomParticipant> participants,
                String owner) {

    LiveRoom {
        participants = List.copyOf(participants);
    }

    LiveRoom moved(Room changed, ConversationState newState, Step at) {
        return new LiveRoom(changed, newState, dialogue, at, participants, owner);
    }

    /** With the participant added, or replaced when they were in already (a new token on rejoining). */
    LiveRoom with(RoomParticipant participant) {
        List<RoomParticipant> next = new ArrayList<>(participants);
        next.removeIf(p -> p.id().equals(participant.id()));
        next.add(participant);
        next.sort(java.util.Comparator.comparing(RoomParticipant::joinedAt));
        return new LiveRoom(room, state, dialogue, step, next, owner);
    }

    Optional<RoomParticipant> participant(String participantId) {
        return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
    }

    boolean isOwnedBy(RoomActor actor) {
        return actor != null && actor.facilitator() && actor.id().equals(owner);
    }

    boolean hasMember(RoomActor actor) {
        return actor != null && !actor.facilitator() && room.id().equals(actor.roomId());
    }
}
