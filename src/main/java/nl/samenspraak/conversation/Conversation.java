package nl.samenspraak.conversation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One partner's solo run of a dialogue, as stored. The state is the engine's JSON snapshot; the version
 * guards against two windows answering at the same time. Only the token's hash is kept; a conversation
 * started from an invitation uses the invitation's token and belongs to its collaboration and round. The dialogue
 * version is the one the state follows: the version the conversation started on, until a change is stored
 * after the dialogue's file got a new version, which brings the state onto that one.
 */
@Table("conversation")
record Conversation(
        @Id String id,
        @Version Long version,
        String dialogueId,
        int dialogueVersion,
        String language,
        String participantName,
        String participantOrganisation,
        String tokenHash,
        ConversationStatus status,
        String state,
        Instant createdAt,
        Instant updatedAt,
        String collaborationId,
        String invitationId,
        String roundId) {

    Conversation withState(String newState, ConversationStatus newStatus, Instant now) {
        return new Conversation(id, version, dialogueId, dialogueVersion, language, participantName,
                participantOrganisation, tokenHash, newStatus, newState, createdAt, now, collaborationId, invitationId, roundId);
    }

    Conversation onDialogueVersion(int newDialogueVersion) {
        return new Conversation(id, version, dialogueId, newDialogueVersion, language, participantName,
                participantOrganisation, tokenHash, status, state, createdAt, updatedAt, collaborationId, invitationId, roundId);
    }

    Conversation withTokenHash(String newTokenHash) {
        return new Conversation(id, version, dialogueId, dialogueVersion, language, participantName,
                participantOrganisation, newTokenHash, status, state, createdAt, updatedAt, collaborationId, invitationId, roundId);
    }
}
