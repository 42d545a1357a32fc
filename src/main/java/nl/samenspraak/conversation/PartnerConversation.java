package nl.samenspraak.conversation;

import nl.samenspraak.dialogue.AnsweredStep;

import java.time.Instant;
import java.util.List;

/**
 * What a facilitator may see of one partner's conversation: who, how far, and the answers the partner
 * shared — private answers never leave the conversation feature. {@code roundId} is the collaboration's round the
 * conversation's invitation belongs to.
 */
public record PartnerConversation(String id, String invitationId, String dialogueId, String participantName,
                                  String participantOrganisation, ConversationStatus status, int current, int total,
                                  Instant updatedAt, List<AnsweredStep> sharedAnswers, List<SharedRevision> history,
                                  String roundId) {

    /** One revision of a shared answer, from the answer log. */
    public record SharedRevision(String stepId, String nodeId, Object value, int revision, Instant at) {
    }
}
