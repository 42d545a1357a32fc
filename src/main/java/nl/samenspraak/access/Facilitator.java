package nl.samenspraak.access;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A facilitator (procesbegeleider) account; the password is kept only as a bcrypt hash. */
@Table("facilitator")
public record Facilitator(@Id String id, String username, String displayName, String passwordHash,
                          Instant createdAt, String createdBy, @Transient boolean isNew) implements Persistable<String> {

    @PersistenceCreator
    public Facilitator(String id, String username, String displayName, String passwordHash, Instant createdAt,
                       String createdBy) {
        this(id, username, displayName, passwordHash, createdAt, createdBy, false);
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
