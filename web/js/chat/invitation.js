// A partner's personal invitation link (/chat.html#invitation=<token>): starts their conversation, or
// resumes it when they opened the link before. The token then works like any conversation's token.
import { ApiError } from '../api.js';
import { t } from '../i18n.js';
import { describeError } from '../errors.js';

/** The invitation token in the fragment, or null. */
export function invitationFromLocation() {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('invitation');
  return token ? token.trim() : null;
}

async function post(invitation, language) {
  let response;
  try {
    response = await fetch('/api/conversations', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(language ? { invitation, language } : { invitation }),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { error: 'network', message: '' });
  }
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  if (!response.ok) throw new ApiError(response.status, payload);
  return payload;
}

/**
 * Opens the invitation in the UI language; when the dialogue does not have that language, in the
 * dialogue's own. Returns {id, token, step}.
 */
export async function openInvitation(invitation, language) {
  try {
    return await post(invitation, language);
  } catch (error) {
    if ((error.status === 400 || error.status === 422) && error.field === 'language') return post(invitation, null);
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
