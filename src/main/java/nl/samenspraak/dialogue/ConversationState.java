package nl.samenspraak.dialogue;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one participant is in a dialogue: the step they are at, their current answer per step, and the
 * steps whose follow-up probe was asked. A plain value that serialises to JSON and back; the way through
 * the dialogue is never stored but always derived from the answers, so that changing an earlier answer
 * re-evaluates every branch after it.
 */
public record ConversationState(String position, Map<String, GivenAnswer> answers, Set<String> probed) {

    public ConversationState {
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        probed = probed == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(probed));
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

    ConversationState probedAt(String stepId) {
        Set<String> next = new LinkedHashSet<>(probed);
        next.add(stepId);
        return new ConversationState(position, answers, next);
    }
}
