package nl.samenspraak.collaboration;

import nl.samenspraak.access.AuditLog;
import nl.samenspraak.web.ApiException;
import nl.samenspraak.web.Fields;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rounds of a collaboration's dialogues, and which round a request means. Callers check first that the
 * facilitator owns the collaboration; a round of another collaboration answers like one that does not exist.
 */
@Component
public class Rounds {

    /** A round as the API shows it. */
    public record RoundView(String id, String dialogueId, int number, String label, Instant openedAt) {

        static RoundView of(Round round) {
            return new RoundView(round.id(), round.dialogueId(), round.number(), round.label(), round.openedAt());
        }
    }

    private final RoundRepository rounds;
    private final AuditLog audit;
    private final Clock clock;

    Rounds(RoundRepository rounds, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The round an invitation or a room belongs to: the one {@code roundId} names, which must be of this
     * collaboration and this dialogue (else 422 naming {@code roundId}), or by default the dialogue's latest round,
     * round 1 being opened for a dialogue's first invitation or room. Needs a read-write transaction.
     */
    public String resolve(String collaborationId, String dialogueId, String roundId) {
        if (roundId == null) {
            return rounds.findFirstByCollaborationIdAndDialogueIdOrderByNumberDesc(collaborationId, dialogueId)
                    .map(Round::id).orElseGet(() -> open(collaborationId, dialogueId, "").id());
        }
        Round round = rounds.findById(roundId).filter(r -> r.collaborationId().equals(collaborationId))
                .orElseThrow(() -> ApiException.localized(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", "roundId",
                        "api.round.unknown", List.of(roundId)));
        if (!round.dialogueId().equals(dialogueId)) {
            throw ApiException.localized(HttpStatus.UNPROCESSABLE_CONTENT, "invalid", "roundId",
                    "api.round.other-dialogue", List.of(roundId, round.dialogueId(), dialogueId));
        }
        return round.id();
    }

    /**
     * The round a summary covers: round {@code number} of the dialogue (else 422 naming {@code round}), or by
     * default its latest; empty when the dialogue has no round in this collaboration yet.
     */
    public Optional<RoundView> forSummary(String collaborationId, String dialogueId, Integer number) {
        if (number == null) {
            return rounds.findFirstByCollaborationIdAndDialogueIdOrderByNumberDesc(collaborationId, dialogueId)
                    .map(RoundView::of);
        }
        return Optional.of(rounds.findByCollaborationIdAndDialogueIdAndNumber(collaborationId, dialogueId, number)
                .map(RoundView::of).orElseThrow(() -> ApiException.localized(HttpStatus.UNPROCESSABLE_CONTENT,
                        "invalid", "round", "api.round.number-unknown", List.of(String.valueOf(number), dialogueId))));
    }

    /** The collaboration's rounds, per dialogue in order; of one dialogue when {@code dialogueId} is given. */
    public List<RoundView> of(String collaborationId, String dialogueId) {
        List<Round> found = dialogueId == null ? rounds.findByCollaborationIdOrderByDialogueIdAscNumberAsc(collaborationId)
                : rounds.findByCollaborationIdAndDialogueIdOrderByNumber(collaborationId, dialogueId);
        return found.stream().map(RoundView::of).toList();
    }

    /** Opens the next round of the dialogue (round 1 when it has none), recorded in the audit log. */
    RoundView open(String collaborationId, String dialogueId, String label) {
        int number = rounds.findFirstByCollaborationIdAndDialogueIdOrderByNumberDesc(collaborationId, dialogueId)
                .map(r -> r.number() + 1).orElse(1);
        Round round = rounds.save(new Round(UUID.randomUUID().toString(), collaborationId, dialogueId, number,
                Fields.optional(label, "label", 100), clock.instant(), true));
        audit.record("round.create", "round " + round.number() + " (" + round.id() + ") of " + dialogueId
                + " in collaboration " + collaborationId);
        return RoundView.of(round);
    }
}
