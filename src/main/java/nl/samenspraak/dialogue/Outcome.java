package nl.samenspraak.dialogue;

import java.util.List;

/** The result of an accepted answer: the new state and the answers to add to the log. */
public record Outcome(ConversationState state, List<RecordedAnswer> recorded) {
}
