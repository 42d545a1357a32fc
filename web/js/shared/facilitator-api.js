// The facilitator's side of the server, for every page a facilitator works on (the console, the review,
// the room console, the login page): the logged-in session's calls, which send the CSRF token with every
// change (shared/http.js). Without a login the API answers 401, and the page goes to the login page (and
// comes back afterwards).
import { request } from './http.js';

/** Where the login page sends the facilitator back to: this page, with its query and fragment. */
export function loginUrl() {
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  return `/login.html?next=${encodeURIComponent(here)}`;
}

function goToLogin() {
  window.location.assign(loginUrl());
}

/** A call as the logged-in facilitator; 401 goes to the login page, other failures throw an ApiError. */
export async function call(method, path, options) {
  try {
    return await request(method, path, options);
  } catch (error) {
    if (error.status !== 401) throw error;
    goToLogin();
    // The page is leaving; nothing after this should run.
    return new Promise(() => {});
  }
}

const collaboration = (id) => `/api/collaborations/${encodeURIComponent(id)}`;

export const facilitatorApi = {
  me: () => call('GET', '/api/me'),
  /** Throws an ApiError (401 for a wrong password, 429 with retryAfter after too many) instead of leaving. */
  login: (username, password) => request('POST', '/login', { form: { username, password } }),
  logout: () => request('POST', '/logout'),

  facilitators: () => call('GET', '/api/facilitators'),
  addFacilitator: (username, displayName, password) =>
    call('POST', '/api/facilitators', { body: { username, displayName, password } }),

  collaborations: () => call('GET', '/api/collaborations'),
  createCollaboration: (name, description) => call('POST', '/api/collaborations', { body: { name, description } }),
  collaboration: (id) => call('GET', collaboration(id)),
  updateCollaboration: (id, name, description) => call('PUT', collaboration(id), { body: { name, description } }),
  deleteCollaboration: (id) => call('DELETE', collaboration(id)),
  exportCollaboration: (id) => call('GET', `${collaboration(id)}/export.json`, { accept: 'application/json, */*' }),
  answers: (id) => call('GET', `${collaboration(id)}/answers`),

  invite: (id, invitation) => call('POST', `${collaboration(id)}/invitations`, { body: invitation }),
  revoke: (id, invitationId) =>
    call('POST', `${collaboration(id)}/invitations/${encodeURIComponent(invitationId)}/revoke`),
  newLink: (id, invitationId) =>
    call('POST', `${collaboration(id)}/invitations/${encodeURIComponent(invitationId)}/link`),

  rounds: (id, dialogueId) => call('GET', `${collaboration(id)}/rounds${dialogueId ? `?dialogue=${encodeURIComponent(dialogueId)}` : ''}`),
  openRound: (id, dialogueId, label) => call('POST', `${collaboration(id)}/rounds`, { body: { dialogueId, label } }),

  rooms: (id) => call('GET', `${collaboration(id)}/rooms`),
  openRoom: (id, dialogueId, language) => call('POST', `${collaboration(id)}/rooms`, { body: { dialogueId, language } }),
};
