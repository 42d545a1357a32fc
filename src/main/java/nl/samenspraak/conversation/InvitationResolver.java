package nl.samenspraak.conversation;

import java.util.List;

/**
 * Turns an invitation token into the partner it invites. Implemented by the collaboration feature, so
 * that conversations need not know about collaborations.
 */
public interface InvitationResolver {

    /** The invited partner; a 404 or 410 {@code ApiException} when the token is unknown, revoked or expired. */
    InvitedPartner resolve(String token);

    /** Throws like {@link #resolve} when the invitation no longer gives access. */
    void ensureActive(String invitationId);

    /**
     * The same partner's invitations to the same dialogue in the collaboration's earlier rounds, the latest round
     * first: the partner is the one with the same name and organisation (ignoring case and surrounding blanks).
     */
    List<EarlierInvitation> earlierRounds(String invitationId);

    /** {@code roundId} is the round of the dialogue the invitation is for. */
    record InvitedPartner(String invitationId, String collaborationId, String dialogueId, String name,
                          String organisation, String roundId) {
    }

    /** An invitation of an earlier round and that round's number. */
    record EarlierInvitation(String invitationId, int round) {
    }
}
