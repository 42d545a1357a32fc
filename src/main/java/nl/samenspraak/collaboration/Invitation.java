package nl.samenspraak.collaboration;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A personal invitation of one partner to prepare one round of a dialogue; only the token's hash is kept. */
@Table("invitation")
record Invitation(@Id String id, String collaborationId, String tokenHash, String name, String organisation,
                  String role, String dialogueId, Instant createdAt, Instant expiresAt, Instant revokedAt,
                  String roundId, @Transient boolean isNew) implements Persistable<String> {

    @PersistenceCreator
    Invitation(String id, String collaborationId, String tokenHash, String name, String organisation, String role,
               String dialogueId, Instant createdAt, Instant expiresAt, Instant revokedAt, String roundId) {
        this(id, collaborationId, tokenHash, name, organisation, role, dialogueId, createdAt, expiresAt, revokedAt, roundId,
                false);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    Invitation revoked(Instant now) {
        return new Invitation(id, collaborationId, tokenHash, name, organisation, role, dialogueId, createdAt, expiresAt, now, roundId);
    }

    Invitation withTokenHash(String newHash) {
        return new Invitation(id, collaborationId, newHash, name, organisation, role, dialogueId, createdAt, expiresAt, revokedAt, roundId);
    }
}
