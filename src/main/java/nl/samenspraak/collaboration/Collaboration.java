package nl.samenspraak.collaboration;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** A samenwerkingsverband, owned by the facilitator who created it. */
@Table("collaboration")
record Collaboration(@Id String id, @Version Long version, String ownerId, String name, String description,
                     Instant createdAt, Instant updatedAt) {

    Collaboration renamed(String newName, String newDescription, Instant now) {
        return new Collaboration(id, version, ownerId, newName, newDescription, createdAt, now);
    }
}
