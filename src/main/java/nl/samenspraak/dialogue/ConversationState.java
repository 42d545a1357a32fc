package nl.samenspraak.dialogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one participant is in a dialogue: the step they are at, their current answer per step, and per
 * step whose follow-up probe was asked, the trigger of that probe (a step is probed at most once). A plain
 * value that serialises to JSON and back; the way through the dialogue is never stored but always derived
 * from the answers, so that changing an earlier answer re-evaluates every branch after it.
 */
public record ConversationState(String position, Map<String, GivenAnswer> answers, Map<String, ProbeTrigger> probed) {

    public ConversationState {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        probed = probed == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(probed));
    }

    /**
     * Reads stored states of every version: {@code probed} is a map from step to trigger, or, as stored before
     * probes had triggers, a list of steps, whose probe could then only have been a probe for short answers.
     */
    @JsonCreator
    static ConversationState fromJson(@JsonProperty("position") String position,
                                      @JsonProperty("answers") Map<String, GivenAnswer> answers,
                                      @JsonProperty("probed") Object probed) {
        Map<String, ProbeTrigger> triggers = new LinkedHashMap<>();
        if (probed instanceof List<?> steps) {
            steps.forEach(step -> triggers.put((String) step, ProbeTrigger.SHORT));
        } else if (probed instanceof Map<?, ?> byStep) {
            byStep.forEach((step, trigger) -> triggers.put((String) step, ProbeTrigger.fromWireName((String) trigger)));
        }
        return new ConversationState(position, answers, triggers);
    }

    ConversationState at(String newPosition) {
        return new ConversationState(newPosition, answers, probed);
    }

    ConversationState with(List<RecordedAnswer> recorded) {
        Map<String, GivenAnswer> next = new LinkedHashMap<>(answers);
        for (RecordedAnswer r : recorded) {
            next.put(r.stepId(), new GivenAnswer(r.value(), r.visibility()));
        }
        return new ConversationState(position, next, probed);
    }

    ConversationState probedAt(String stepId, ProbeTrigger trigger) {
        Map<String, ProbeTrigger> next = new LinkedHashMap<>(probed);
        next.put(stepId, trigger);
        return new ConversationState(position, answers, next);
    }
}
