package nl.samenspraak.room;

import nl.samenspraak.answer.AnswerLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What other features may read of a collaboration's rooms: every participant's latest answer per step. */
@Component
public class RoomDirectory {

    /**
     * One participant's latest answer at one step of a room; answers in a room are shared by nature.
     * {@code roundId} is the room's round.
     */
    public record RoomAnswer(String roomId, String dialogueId, String participantId, String invitationId, String name,
                             String organisation, String stepId, String nodeId, Object value, String roundId) {
    }

    private final RoomRepository rooms;
    private final RoomParticipantRepository participants;
    private final AnswerLog log;
    private final JsonMapper json;

    RoomDirectory(RoomRepository rooms, RoomParticipantRepository participants, AnswerLog log, JsonMapper json) {
        this.rooms = rooms;
        this.participants = participants;
        this.log = log;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<RoomAnswer> answers(String collaborationId, String dialogueId) {
        return rooms.findByCollaborationIdOrderByCreatedAt(collaborationId).stream()
                .filter(room -> room.dialogueId().equals(dialogueId))
                .flatMap(room -> latest(room).stream()).toList();
    }

    private List<RoomAnswer> latest(Room room) {
        Map<String, RoomParticipant> people = participants.findByRoomIdOrderByJoinedAt(room.id()).stream()
                .collect(Collectors.toMap(RoomParticipant::id, Function.identity()));
        return log.currentInRoom(room.id()).stream().filter(a -> people.containsKey(a.participantId())).map(a -> {
            RoomParticipant p = people.get(a.participantId());
            return new RoomAnswer(room.id(), room.dialogueId(), p.id(), p.invitationId(), p.name(), p.organisation(),
                    a.stepId(), a.nodeId(), json.readValue(a.valueJson(), Object.class), room.roundId());
        }).toList();
    }
}
