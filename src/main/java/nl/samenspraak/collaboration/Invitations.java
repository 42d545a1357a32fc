package nl.samenspraak.collaboration;

import nl.samenspraak.access.Tokens;
import nl.samenspraak.conversation.InvitationResolver;
import nl.samenspraak.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Lets a partner's invitation link open their conversation, while the invitation is neither revoked nor expired. */
@Component
class Invitations implements InvitationResolver {

    private final InvitationRepository repository;
    private final Clock clock;

    Invitations(InvitationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public InvitedPartner resolve(String token) {
        Invitation invitation = repository.findByTokenHash(Tokens.hash(token))
                .orElseThrow(() -> ApiException.notFound("no invitation with this link"));
        ensureActive(invitation);
        return new InvitedPartner(invitation.id(), invitation.collaborationId(), invitation.dialogueId(),
                invitation.name(), invitation.organisation());
    }

    @Override
    public void ensureActive(String invitationId) {
        ensureActive(repository.findById(invitationId).orElseThrow(() -> ApiException.notFound("no invitation with this link")));
    }

    private void ensureActive(Invitation invitation) {
        if (invitation.revokedAt() != null) {
            throw new ApiException(HttpStatus.GONE, "revoked", null,
                    "this invitation was withdrawn; ask your facilitator for a new link");
        }
        if (!invitation.isActive(clock.instant())) {
            throw new ApiException(HttpStatus.GONE, "expired", null,
                    "this invitation has expired; ask your facilitator for a new link");
        }
    }
}
