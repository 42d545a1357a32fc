package nl.samenspraak.answer;

import nl.samenspraak.dialogue.RecordedAnswer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The append-only log of answers: every answer a participant gives, and every change to it, is a new
 * revision; nothing is updated or removed but with the conversation it belongs to.
 */
@Component
public class AnswerLog {

    private final LoggedAnswerRepository repository;
    private final JsonMapper json;
    private final Clock clock;

    AnswerLog(LoggedAnswerRepository repository, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.json = json;
        this.clock = clock;
    }

    /** Appends the answers within the caller's transaction, so they are stored together with its state. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String conversationId, List<RecordedAnswer> answers) {
        for (RecordedAnswer answer : answers) {
            int revision = repository.latestRevision(conversationId, answer.stepId()) + 1;
            repository.save(logged(conversationId, null, null, answer, revision));
        }
    }

    /** A room participant's answer with its revision, counted by the room's writer from what it has stored. */
    public record RoomEntry(String roomId, String participantId, RecordedAnswer answer, int revision) {
    }

    /**
     * Appends room answers in one batch within the caller's transaction: a live room stores the answers that
     * arrive together in one commit, and counts their revisions itself instead of asking the table each time.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendForRooms(List<RoomEntry> entries) {
        repository.saveAll(entries.stream()
                .map(e -> logged(null, e.roomId(), e.participantId(), e.answer(), e.revision())).toList());
    }

    private LoggedAnswer logged(String conversationId, String roomId, String participantId, RecordedAnswer answer,
                                int revision) {
        return new LoggedAnswer(null, conversationId, roomId, participantId, answer.stepId(), answer.nodeId(),
                json.writeValueAsString(answer.value()), answer.visibility().wireName(), revision, clock.instant());
    }

    /** Every revision of every answer of the conversation, oldest first. */
    public List<LoggedAnswer> history(String conversationId) {
        return repository.findByConversationIdOrderById(conversationId);
    }

    /** Every revision of every answer given in the room, oldest first. */
    public List<LoggedAnswer> roomHistory(String roomId) {
        return repository.findByRoomIdOrderById(roomId);
    }

    /**
     * The answers of the conversation as they stand: the latest revision of each step, by step id, in the order
     * the steps were first answered. What summaries, exports and the facilitator's views read of a solo partner.
     */
    public Map<String, LoggedAnswer> current(String conversationId) {
        return latest(history(conversationId));
    }

    /** The answers given in the room as they stand: the latest revision of each participant's answer to each step. */
    public List<LoggedAnswer> currentInRoom(String roomId) {
        return List.copyOf(latest(roomHistory(roomId)).values());
    }

    /**
     * The latest revision of each step (of each participant's, in a room), in the order the steps were first
     * answered; keyed by step id in a conversation, which has one participant.
     */
    private static Map<String, LoggedAnswer> latest(List<LoggedAnswer> oldestFirst) {
        Map<String, LoggedAnswer> latest = new LinkedHashMap<>();
        for (LoggedAnswer revision : oldestFirst) {
            latest.put(revision.participantId() == null ? revision.stepId() : revision.participantId() + "|" + revision.stepId(),
                    revision);
        }
        return latest;
    }
}
