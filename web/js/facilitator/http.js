// The facilitator's calls to the server: the session cookie, and for every state-changing request the
// CSRF token from the XSRF-TOKEN cookie in the X-XSRF-TOKEN header. Without a login the API answers 401,
// and the page goes to the login page (and comes back afterwards).
import { ApiError } from '../api.js';

const COOKIE = 'XSRF-TOKEN';
const HEADER = 'X-XSRF-TOKEN';
const SAFE = ['GET', 'HEAD', 'OPTIONS'];

// Spring Security expects the token masked per request (XOR with random bytes, Base64URL) unless it is set
// up for single-page apps, which expect the cookie's value as it is. Both are tried; what works is kept.
const FORMS = ['masked', 'raw'];
let form = FORMS[0];

function readCookie(name) {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

function base64Url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_');
}

function masked(token) {
  const plain = new TextEncoder().encode(token);
  const random = crypto.getRandomValues(new Uint8Array(plain.length));
  const combined = new Uint8Array(plain.length * 2);
  combined.set(random, 0);
  plain.forEach((byte, i) => { combined[plain.length + i] = byte ^ random[i]; });
  return base64Url(combined);
}

function csrfHeader(token) {
  return form === 'masked' ? masked(token) : token;
}

/** Where the login page sends the facilitator back to: this page, with its fragment. */
export function loginUrl() {
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  return `/login.html?next=${encodeURIComponent(here)}`;
}

export function goToLogin() {
  window.location.assign(loginUrl());
}

/**
 * Sends a request; for POST/PUT/DELETE with the CSRF header. When the server refuses the token (403: no
 * cookie yet, a token renewed at login, or the other form), it tries again with the fresh cookie.
 */
export async function send(method, path, { body, form: formBody, headers = {} } = {}) {
  const safe = SAFE.includes(method);
  for (let attempt = 0; ; attempt += 1) {
    const token = safe ? null : readCookie(COOKIE);
    const all = { Accept: 'application/json', ...headers };
    if (token) all[HEADER] = csrfHeader(token);
    let payload;
    if (formBody) {
      all['Content-Type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(formBody).toString();
    } else if (body !== undefined) {
      all['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, {
        method, headers: all, body: payload, credentials: 'same-origin', cache: 'no-store', redirect: 'error',
      });
    } catch {
      throw new ApiError(0, { error: 'network', message: '' });
    }
    if (response.status === 403 && !safe && attempt < FORMS.length) {
      // The token was there and is still the cookie's: the server wants it in the other form.
      if (token && token === readCookie(COOKIE)) form = FORMS[(FORMS.indexOf(form) + 1) % FORMS.length];
      continue;
    }
    return response;
  }
}

async function errorOf(response) {
  let payload = null;
  try {
    payload = await response.json();
  } catch {
    payload = null;
  }
  const error = new ApiError(response.status, payload);
  error.retryAfter = Number(response.headers.get('Retry-After')) || null;
  return error;
}

/**
 * A JSON API call as a logged-in facilitator. 401 goes to the login page (unless `allowAnonymous`);
 * other failures throw an ApiError.
 */
export async function call(method, path, { body, accept = 'application/json', allowAnonymous = false } = {}) {
  const response = await send(method, path, { body, headers: { Accept: accept } });
  if (response.status === 401 && !allowAnonymous) {
    goToLogin();
    // The page is leaving; nothing after this should run.
    return new Promise(() => {});
  }
  if (!response.ok) throw await errorOf(response);
  if (accept !== 'application/json') return response.blob();
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export { errorOf };

const collaboration = (id) => `/api/collaborations/${encodeURIComponent(id)}`;

export const facilitatorApi = {
  me: (options) => call('GET', '/api/me', options),
  logout: () => send('POST', '/logout'),
  login: (username, password) => send('POST', '/login', { form: { username, password } }),

  facilitators: () => call('GET', '/api/facilitators'),
  addFacilitator: (username, displayName, password) =>
    call('POST', '/api/facilitators', { body: { username, displayName, password } }),

  dialogues: () => call('GET', '/api/dialogues'),

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

  rooms: (id) => call('GET', `${collaboration(id)}/rooms`),
  openRoom: (id, dialogueId, language) => call('POST', `${collaboration(id)}/rooms`, { body: { dialogueId, language } }),
};
