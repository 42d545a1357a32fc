package nl.samenspraak.room;

import nl.samenspraak.answer.AnswerLog;
import nl.samenspraak.answer.LoggedAnswer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest answer of each participant at each step of a room, kept in memory for quick reveals and
 * counts, and rebuilt from the answer log (the source of truth) the first time a room is needed after a start.
 */
@Component
class RoomAnswers {

    private final AnswerLog log;
    private final JsonMapper json;
    /** room → step → participant → value */
    private final Map<String, Map<String, Map<String, Object>>> byRoom = new ConcurrentHashMap<>();

    RoomAnswers(AnswerLog log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    /** A copy of the answers at a step, by participant, in the order they were first given. */
    Map<String, Object> at(String roomId, String stepId) {
        Map<String, Object> answers = room(roomId).get(stepId);
        if (answers == null) {
            return Map.of();
        }
        synchronized (answers) {
            return new LinkedHashMap<>(answers);
        }
    }

    void put(String roomId, String participantId, String stepId, Object value) {
        room(roomId).computeIfAbsent(stepId, s -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()))
                .put(participantId, value);
    }

    void forget(String roomId) {
        byRoom.remove(roomId);
    }

    private Map<String, Map<String, Object>> room(String roomId) {
        return byRoom.computeIfAbsent(roomId, id -> {
            Map<String, Map<String, Object>> steps = new ConcurrentHashMap<>();
            for (LoggedAnswer answer : log.roomHistory(id)) {
                steps.computeIfAbsent(answer.stepId(), s -> java.util.Collections.synchronizedMap(new LinkedHashMap<>()))
                        .put(answer.participantId(), json.readValue(answer.valueJson(), Object.class));
            }
            return steps;
        });
    }
}
