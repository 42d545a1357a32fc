package nl.samenspraak.conversation;

import nl.samenspraak.dialogue.Step;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** The JSON bodies of the conversation API. */
final class ConversationRequests {

    private ConversationRequests() {
    }

    record ParticipantBody(String name, String organisation) {
    }

    record StartBody(String dialogueId, String language, ParticipantBody participant, String invitation) {
    }

    record AnswerBody(String nodeId, JsonNode value, String visibility) {
    }

    record BackBody(String nodeId) {
    }

    record VisibilityBody(String nodeId, String visibility) {
    }

    record Started(String id, String token, Step step) {
    }

    record StepBody(Step step) {
    }

    record ConversationBody(String id, String dialogueId, String language, ConversationStatus status, Step step,
                            List<nl.samenspraak.dialogue.AnsweredStep> answers, Step.Progress progress) {
    }
}
