// A partner's personal invitation link (/chat.html#invitation=<token>): starts their conversation, or
// resumes it when they opened the link before. The token then works like any conversation's token.
import { conversationApi } from '../shared/conversation-api.js';
import { fragmentParam } from '../shared/fragment.js';
import { t } from '../shared/i18n.js';
import { describeError } from '../shared/errors.js';

/** The invitation token in the fragment, or null. */
export function invitationFromLocation() {
  const token = fragmentParam('invitation');
  return token ? token.trim() : null;
}

/**
 * Opens the invitation in the UI language; when the dialogue does not have that language, in the
 * dialogue's own. Returns {id, token, step}.
 */
export async function openInvitation(invitation, language) {
  try {
    return await conversationApi.openInvitation(invitation, language);
  } catch (error) {
    if ((error.status === 400 || error.status === 422) && error.field === 'language') {
      return conversationApi.openInvitation(invitation, null);
    }
    throw error;
  }
}

/** What a partner reads when their invitation no longer works. */
export function describeInvitationError(error) {
  if (error && error.status === 404) return t('invitation.unknown');
  if (error && error.status === 410) {
    return error.code === 'expired' ? t('invitation.expired') : t('invitation.revoked');
  }
  if (error && error.status === 429) return t('invitation.tooMany');
  return describeError(error);
}
