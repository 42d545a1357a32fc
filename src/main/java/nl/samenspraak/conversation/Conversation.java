package nl.samenspraak.conversation;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One partner's solo run of a dialogue, as stored. The state is the engine's JSON snapshot; the version
 * guards against two windows answering at the same time. Only the token's hash is kept.
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
        String status,
        String state,
        Instant createdAt,
        Instant updatedAt) {

    Conversation withState(String newState, String newStatus, Instant now) {
        return new Conversation(id, version, dialogueId, dialogueVersion, language, participantName,
                participantOrganisation, tokenHash, newStatus, newState, createdAt, now);
    }
}
