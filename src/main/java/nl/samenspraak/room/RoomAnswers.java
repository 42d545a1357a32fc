package nl.samenspraak.room;

import nl.samenspraak.answer.AnswerLog;
import nl.samenspraak.answer.LoggedAnswer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest stored answer of each participant at each step of a room, with its revision, kept in memory for
 * quick views, reveals and counts, and rebuilt from the answer log (the source of truth) the first time a
 * room is needed after a start. Only answers that are committed to the log are put here.
 */
@Component
class RoomAnswers {

    private record Given(Object value, int revision) {
    }

    private final AnswerLog log;
    private final JsonMapper json;
    /** room → step → participant → latest answer */
    private final Map<String, Map<String, Map<String, Given>>> byRoom = new ConcurrentHashMap<>();

    RoomAnswers(AnswerLog log, JsonMapper json) {
        this.log = log;
        this.json = json;
    }

    /** A copy of the answers at a step, by participant, in the order they were first given. */
    Map<String, Object> at(String roomId, String stepId) {
        Map<String, Given> answers = room(roomId).get(stepId);
        if (answers == null) {
            return Map.of();
        }
        synchronized (answers) {
            Map<String, Object> values = new LinkedHashMap<>();
            answers.forEach((participant, given) -> values.put(participant, given.value()));
            return values;
        }
    }

    /** The revision of the participant's stored answer at the step; 0 when they have not answered it. */
    int revision(String roomId, String participantId, String stepId) {
        Map<String, Given> answers = room(roomId).get(stepId);
        Given given = answers == null ? null : answers.get(participantId);
        return given == null ? 0 : given.revision();
    }

    void put(String roomId, String participantId, String stepId, Object value, int revision) {
        step(room(roomId), stepId).put(participantId, new Given(value, revision));
    }

    void forget(String roomId) {
        byRoom.remove(roomId);
    }

    private Map<String, Map<String, Given>> room(String roomId) {
        return byRoom.computeIfAbsent(roomId, id -> {
            Map<String, Map<String, Given>> steps = new ConcurrentHashMap<>();
            for (LoggedAnswer answer : log.roomHistory(id)) {
                step(steps, answer.stepId()).put(answer.participantId(),
                        new Given(json.readValue(answer.valueJson(), Object.class), answer.revision()));
            }
            return steps;
        });
    }

    private static Map<String, Given> step(Map<String, Map<String, Given>> steps, String stepId) {
        return steps.computeIfAbsent(stepId, s -> Collections.synchronizedMap(new LinkedHashMap<>()));
    }
}
