package nl.samenspraak.dialogue;

/**
 * An answer the engine accepted, for the answer log: the step it belongs to (e.g. {@code position@2}),
 * the node it answers, the validated value and its visibility.
 */
public record RecordedAnswer(String stepId, String nodeId, Object value, Visibility visibility) {
}
