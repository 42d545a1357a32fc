package nl.samenspraak.collaboration;

import nl.samenspraak.access.AuditLog;
import nl.samenspraak.access.Facilitator;
import nl.samenspraak.access.Facilitators;
import nl.samenspraak.access.RateLimits;
import nl.samenspraak.access.Tokens;
import nl.samenspraak.collaboration.CollaborationViews.CollaborationBody;
import nl.samenspraak.collaboration.CollaborationViews.CollaborationDetail;
import nl.samenspraak.collaboration.CollaborationViews.CollaborationSummary;
import nl.samenspraak.collaboration.CollaborationViews.Export;
import nl.samenspraak.collaboration.CollaborationViews.InvitationBody;
import nl.samenspraak.collaboration.CollaborationViews.InvitationView;
import nl.samenspraak.collaboration.CollaborationViews.PartnerAnswers;
import nl.samenspraak.collaboration.CollaborationViews.RoundBody;
import nl.samenspraak.conversation.ConversationDirectory;
import nl.samenspraak.conversation.ConversationStatus;
import nl.samenspraak.conversation.PartnerConversation;
import nl.samenspraak.dialogue.Dialogue;
import nl.samenspraak.dialogue.Mode;
import nl.samenspraak.dialogue.catalog.DialogueCatalog;
import nl.samenspraak.web.ApiException;
import nl.samenspraak.web.Fields;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collaborations, their partners' invitations, and what the owning facilitator may see of them. Another
 * facilitator's collaboration answers 404, exactly like one that does not exist.
 */
@Service
class CollaborationService {

    private final CollaborationRepository collaborations;
    private final InvitationRepository invitations;
    private final Rounds rounds;
    private final ConversationDirectory conversations;
    private final DialogueCatalog catalog;
    private final Facilitators facilitators;
    private final AuditLog audit;
    private final RateLimits limits;
    private final InvitationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CollaborationService(CollaborationRepository collaborations, InvitationRepository invitations, Rounds rounds,
                         ConversationDirectory conversations, DialogueCatalog catalog, Facilitators facilitators,
                         AuditLog audit, RateLimits limits, InvitationProperties properties,
                         ApplicationEventPublisher events, Clock clock) {
        this.collaborations = collaborations;
        this.invitations = invitations;
        this.rounds = rounds;
        this.conversations = conversations;
        this.catalog = catalog;
        this.facilitators = facilitators;
        this.audit = audit;
        this.limits = limits;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public String create(CollaborationBody body) {
        Instant now = clock.instant();
        Collaboration saved = collaborations.save(new Collaboration(UUID.randomUUID().toString(), null,
                facilitators.current().id(), name(body), description(body), now, now));
        audit.record("collaboration.create", "collaboration " + saved.id());
        return saved.id();
    }

    @Transactional(readOnly = true)
    public List<CollaborationSummary> mine() {
        return collaborations.findByOwnerIdOrderByCreatedAt(facilitators.current().id()).stream()
                .map(c -> new CollaborationSummary(c.id(), c.name(), c.description(),
                        invitations.findByCollaborationIdOrderByCreatedAt(c.id()).size(), c.createdAt(), c.updatedAt()))
                .toList();
    }

    @Transactional(readOnly = true)
    public CollaborationDetail detail(String id) {
        Collaboration collaboration = owned(id);
        Map<String, PartnerConversation> byInvitation = conversations.ofCollaboration(id).stream()
                .filter(c -> c.invitationId() != null)
                .collect(Collectors.toMap(PartnerConversation::invitationId, Function.identity()));
        Map<String, Integer> roundNumbers = rounds.of(id, null).stream()
                .collect(Collectors.toMap(Rounds.RoundView::id, Rounds.RoundView::number));
        List<InvitationView> views = invitations.findByCollaborationIdOrderByCreatedAt(id).stream()
                .map(i -> view(i, roundNumbers.getOrDefault(i.roundId(), 0), byInvitation.get(i.id()))).toList();
        return new CollaborationDetail(collaboration.id(), collaboration.name(), collaboration.description(),
                collaboration.createdAt(), collaboration.updatedAt(), views);
    }

    @Transactional
    public CollaborationDetail update(String id, CollaborationBody body) {
        collaborations.save(owned(id).renamed(name(body), description(body), clock.instant()));
        audit.record("collaboration.update", "collaboration " + id);
        return detail(id);
    }

    /** Erases the collaboration and everything of it: invitations, conversations, answers (by cascade). */
    @Transactional
    public void delete(String id) {
        collaborations.delete(owned(id));
        audit.record("collaboration.delete", "collaboration " + id);
        events.publishEvent(new CollaborationErased(id));
    }

    @Transactional
    public InvitationLinkToken invite(String collaborationId, InvitationBody body) {
        owned(collaborationId);
        Facilitator me = facilitators.current();
        limits.consume(limits.invitations(), me.id(), "too many invitations in an hour");
        // An invitation is to prepare alone; the partner picks the language when opening it.
        Dialogue dialogue = catalog.require(body.dialogueId(), Mode.SOLO, null);
        String roundId = rounds.resolve(collaborationId, dialogue.id(), body.roundId());
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(UUID.randomUUID().toString(), collaborationId,
                Tokens.hash(token), Fields.required(body.name(), "name", 100),
                Fields.optional(body.organisation(), "organisation", 150), Fields.optional(body.role(), "role", 100), dialogue.id(), now, now.plus(properties.validFor()), null, roundId, true));
        audit.record("invitation.create", "invitation " + invitation.id() + " in collaboration " + collaborationId);
        return new InvitationLinkToken(invitation.id(), token);
    }

    /** Opens the next round of a dialogue in the collaboration: its invitations and rooms are new ones. */
    @Transactional
    public Rounds.RoundView openRound(String collaborationId, RoundBody body) {
        owned(collaborationId);
        Dialogue dialogue = catalog.require(body.dialogueId(), null, null);
        return rounds.open(collaborationId, dialogue.id(), body.label());
    }

    /** The collaboration's rounds, of one dialogue when {@code dialogueId} is given (it must be on offer). */
    @Transactional(readOnly = true)
    public List<Rounds.RoundView> rounds(String collaborationId, String dialogueId) {
        owned(collaborationId);
        return rounds.of(collaborationId, dialogueId == null ? null
                : catalog.require(dialogueId, null, null, new DialogueCatalog.FieldNames("dialogue", "lang")).id());
    }

    @Transactional
    public void revoke(String collaborationId, String invitationId) {
        invitations.save(invitation(collaborationId, invitationId).revoked(clock.instant()));
        audit.record("invitation.revoke", "invitation " + invitationId);
    }

    /** A new link for an invitation; the old link stops working, the partner's answers stay. */
    @Transactional
    public InvitationLinkToken newLink(String collaborationId, String invitationId) {
        Invitation invitation = invitation(collaborationId, invitationId);
        if (invitation.revokedAt() != null) {
            throw ApiException.invalid("invitationId", "this invitation was withdrawn; invite the partner again");
        }
        String token = Tokens.newToken();
        invitations.save(invitation.withTokenHash(Tokens.hash(token)));
        conversations.rehash(invitationId, Tokens.hash(token));
        audit.record("invitation.new-link", "invitation " + invitationId);
        return new InvitationLinkToken(invitationId, token);
    }

    @Transactional(readOnly = true)
    public String transcript(String collaborationId, String invitationId) {
        invitation(collaborationId, invitationId);
        return conversations.sharedTranscript(invitationId)
                .orElseThrow(() -> ApiException.notFound("this partner has not started yet"));
    }

    @Transactional(readOnly = true)
    public List<PartnerAnswers> sharedAnswers(String collaborationId) {
        owned(collaborationId);
        Map<String, Invitation> byId = invitations.findByCollaborationIdOrderByCreatedAt(collaborationId).stream()
                .collect(Collectors.toMap(Invitation::id, Function.identity()));
        return conversations.ofCollaboration(collaborationId).stream().map(c -> {
            Invitation invitation = byId.get(c.invitationId());
            return new PartnerAnswers(c.invitationId(), c.participantName(), c.participantOrganisation(),
                    invitation == null ? "" : invitation.role(), c.dialogueId(), state(invitation, c), c.sharedAnswers());
        }).toList();
    }

    /** Read-write, though it only reads: the export is recorded in the audit log (see {@link AuditLog#record}). */
    @Transactional
    public Export export(String collaborationId) {
        CollaborationDetail detail = detail(collaborationId);
        audit.record("collaboration.export", "collaboration " + collaborationId);
        return new Export(clock.instant(), detail, conversations.ofCollaboration(collaborationId));
    }

    record InvitationLinkToken(String id, String token) {
    }

    private Collaboration owned(String id) {
        String me = facilitators.current().id();
        return collaborations.findById(id).filter(c -> c.ownerId().equals(me))
                .orElseThrow(() -> ApiException.notFound("no collaboration " + id));
    }

    private Invitation invitation(String collaborationId, String invitationId) {
        owned(collaborationId);
        return invitations.findById(invitationId).filter(i -> i.collaborationId().equals(collaborationId))
                .orElseThrow(() -> ApiException.notFound("no invitation " + invitationId + " in this collaboration"));
    }

    private InvitationView view(Invitation i, int round, PartnerConversation conversation) {
        return new InvitationView(i.id(), i.name(), i.organisation(), i.role(), i.dialogueId(), i.roundId(), round,
                state(i, conversation),
                conversation == null ? 0 : conversation.current(), conversation == null ? 0 : conversation.total(),
                i.createdAt(), i.expiresAt(), i.revokedAt());
    }

    private InvitationState state(Invitation invitation, PartnerConversation conversation) {
        if (invitation != null && invitation.revokedAt() != null) {
            return InvitationState.REVOKED;
        }
        if (conversation != null) {
            return conversation.status() == ConversationStatus.FINISHED ? InvitationState.DONE
                    : InvitationState.IN_PROGRESS;
        }
        return invitation != null && !invitation.isActive(clock.instant()) ? InvitationState.EXPIRED
                : InvitationState.NOT_OPENED;
    }

    private static String name(CollaborationBody body) {
        return Fields.required(body.name(), "name", 150);
    }

    private static String description(CollaborationBody body) {
        return Fields.optional(body.description(), "description", 2000);
    }
}
