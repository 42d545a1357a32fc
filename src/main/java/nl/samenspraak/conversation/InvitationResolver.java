package nl.samenspraak.conversation;

/**
 * Turns an invitation token into the partner it invites. Implemented by the collaboration feature, so
 * that conversations need not know about collaborations.
 */
public interface InvitationResolver {

    /** The invited partner; a 404 or 410 {@code ApiException} when the token is unknown, revoked or expired. */
    InvitedPartner resolve(String token);

    /** Throws like {@link #resolve} when the invitation no longer gives access. */
    void ensureActive(String invitationId);

    record InvitedPartner(String invitationId, String collaborationId, String dialogueId, String name,
                          String organisation) {
    }
}
