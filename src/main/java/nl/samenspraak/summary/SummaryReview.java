package nl.samenspraak.summary;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/** The facilitator's edits of one dialogue's summary: the ambition text and the themes marked as agreed (JSON). */
@Table("summary_review")
record SummaryReview(@Id String id, @Version Long version, String collaborationId, String dialogueId, String ambition,
                     String agreedThemes, Instant updatedAt, String updatedBy) {

    static String idOf(String collaborationId, String dialogueId) {
        return collaborationId + "|" + dialogueId;
    }
}
