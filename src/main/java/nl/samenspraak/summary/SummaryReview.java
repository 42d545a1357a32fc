package nl.samenspraak.summary;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The facilitator's edits of one dialogue's summary: the ambition text and the themes marked as agreed (JSON). */
@Table("summary_review")
record SummaryReview(@Id String id, @Version Long version, String collaborationId, String dialogueId, String ambition,
                     String agreedThemes, Instant updatedAt, String updatedBy) {

    static String idOf(String collaborationId, String dialogueId) {
        return collaborationId + "|" + dialogueId;
    }

    /**
     * The agreed themes after a save: the marks sent replace those of the themes the facilitator was shown;
     * marks of themes the summary no longer shows (answers changed since they were set) are kept.
     */
    static List<String> agreedAfter(Collection<String> stored, Set<String> shown, Collection<String> sent) {
        Set<String> agreed = new LinkedHashSet<>(stored);
        agreed.removeAll(shown);
        agreed.addAll(sent);
        return List.copyOf(agreed);
    }
}
