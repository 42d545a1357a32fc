package nl.samenspraak.collaboration;

import nl.samenspraak.access.Tokens;
import nl.samenspraak.conversation.InvitationResolver;
import nl.samenspraak.web.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Lets a partner's invitation link open their conversation, while the invitation is neither revoked nor expired. */
@Component
class Invitations implements InvitationResolver {

    private final InvitationRepository repository;
    private final RoundRepository rounds;
    private final Clock clock;

    Invitations(InvitationRepository repository, RoundRepository rounds, Clock clock) {
        this.repository = repository;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public InvitedPartner resolve(String token) {
        Invitation invitation = repository.findByTokenHash(Tokens.hash(token))
                .orElseThrow(() -> ApiException.notFound("no invitation with this link"));
        ensureActive(invitation);
        return new InvitedPartner(invitation.id(), invitation.collaborationId(), invitation.dialogueId(),
                invitation.name(), invitation.organisation(), invitation.roundId());
    }

    @Override
    public List<EarlierInvitation> earlierRounds(String invitationId) {
        Invitation invitation = repository.findById(invitationId).orElse(null);
        Round round = invitation == null ? null : rounds.findById(invitation.roundId()).orElse(null);
        if (round == null || round.number() <= 1) {
            return List.of();
        }
        Map<String, Integer> earlier = rounds.findByCollaborationIdAndDialogueIdOrderByNumber(round.collaborationId(),
                        round.dialogueId()).stream().filter(r -> r.number() < round.number())
                .collect(Collectors.toMap(Round::id, Round::number));
        String partner = partner(invitation);
        return repository.findByCollaborationIdOrderByCreatedAt(round.collaborationId()).stream()
                .filter(i -> earlier.containsKey(i.roundId()) && partner.equals(partner(i)))
                .sorted(Comparator.comparing((Invitation i) -> earlier.get(i.roundId())).reversed()
                        .thenComparing(Invitation::createdAt, Comparator.reverseOrder()))
                .map(i -> new EarlierInvitation(i.id(), earlier.get(i.roundId()))).toList();
    }

    /** Who an invitation is for: its name and organisation, as the summary tells partners apart. */
    private static String partner(Invitation invitation) {
        return (invitation.name().strip() + "|" + invitation.organisation().strip()).toLowerCase(Locale.ROOT);
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
