package nl.samenspraak.answer;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One revision of one answer, as stored: never changed once written. The value is JSON. An answer belongs
 * to a solo conversation, or to a participant of a room.
 */
@Table("answer")
public record LoggedAnswer(
        @Id Long id,
        String conversationId,
        String roomId,
        String participantId,
        String stepId,
        String nodeId,
        @Column("answer_value") String valueJson,
        String visibility,
        int revision,
        Instant createdAt) {
}
