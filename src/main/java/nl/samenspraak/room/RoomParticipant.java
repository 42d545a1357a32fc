package nl.samenspraak.room;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** Someone in a room: joined by code or invitation, or added by the facilitator for a shared screen. */
@Table("room_participant")
record RoomParticipant(@Id String id, String roomId, String tokenHash, String name, String organisation,
                       String invitationId, Instant joinedAt, @Transient boolean isNew) implements Persistable<String> {

    @PersistenceCreator
    RoomParticipant(String id, String roomId, String tokenHash, String name, String organisation, String invitationId,
                    Instant joinedAt) {
        this(id, roomId, tokenHash, name, organisation, invitationId, joinedAt, false);
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
