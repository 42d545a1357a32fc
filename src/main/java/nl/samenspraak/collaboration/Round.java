package nl.samenspraak.collaboration;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One round of a dialogue in a collaboration: the same dialogue held again, numbered 1, 2, … per
 * (collaboration, dialogue), with a label and the moment it was opened (the server's clock).
 */
@Table("collaboration_round")
record Round(@Id String id, String collaborationId, String dialogueId, int number, String label, Instant openedAt,
             @Transient boolean isNew) implements Persistable<String> {

    @PersistenceCreator
    Round(String id, String collaborationId, String dialogueId, int number, String label, Instant openedAt) {
        this(id, collaborationId, dialogueId, number, label, openedAt, false);
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }
}
