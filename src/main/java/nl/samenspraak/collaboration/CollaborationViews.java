package nl.samenspraak.collaboration;

import nl.samenspraak.conversation.PartnerConversation;
import nl.samenspraak.dialogue.AnsweredStep;

import java.time.Instant;
import java.util.List;

/** The JSON bodies of the collaboration API. */
final class CollaborationViews {

    private CollaborationViews() {
    }

    record CollaborationBody(String name, String description) {
    }

    record InvitationBody(String name, String organisation, String role, String dialogueId, String roundId) {
    }

    record Created(String id) {
    }

    /** A new round of a dialogue; the label is optional (at most 100 characters). */
    record RoundBody(String dialogueId, String label) {
    }

    record InvitationLink(String id, String token, String url) {
    }

    record CollaborationSummary(String id, String name, String description, int partners, Instant createdAt,
                                Instant updatedAt) {
    }

    /**
     * One invitation as the facilitator sees it: its state is not-opened, in-progress, done, revoked or expired;
     * {@code round} is the number of its round.
     */
    record InvitationView(String id, String name, String organisation, String role, String dialogueId, String roundId,
                          int round, InvitationState state, int current, int total, Instant createdAt, Instant expiresAt,
                          Instant revokedAt) {
    }

    record CollaborationDetail(String id, String name, String description, Instant createdAt, Instant updatedAt,
                               List<InvitationView> invitations) {
    }

    record PartnerAnswers(String invitationId, String name, String organisation, String role, String dialogueId,
                          InvitationState state, List<AnsweredStep> answers) {
    }

    record Export(Instant exportedAt, CollaborationDetail collaboration, List<PartnerConversation> conversations) {
    }
}
