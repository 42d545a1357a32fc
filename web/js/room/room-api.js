// The REST side of live rooms. A participant's calls carry their token in an Authorization header; the
// facilitator reads rooms over the logged-in session (changes go through ../facilitator/http.js, which adds
// the CSRF header: see console.js).
import { ApiError } from '../api.js';

export const roomPath = (id) => `/api/rooms/${encodeURIComponent(id)}`;

async function send(method, path, { token, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, { error: 'network', message: '' });
  }
  if (!response.ok) {
    let payload = null;
    try {
      payload = await response.json();
    } catch {
      payload = null;
    }
    throw new ApiError(response.status, payload);
  }
  if (response.status === 204) return null;
  return response.json();
}

export const roomApi = {
  join: (joinCode, name, organisation) =>
    send('POST', '/api/rooms/join', { body: { joinCode, name, organisation } }),

  joinInvited: (joinCode, invitation) =>
    send('POST', '/api/rooms/join', { body: { joinCode, invitation } }),

  /** The whole room: as a participant with a token, or as the logged-in facilitator without one. */
  room: (id, token) => send('GET', roomPath(id), { token }),

  qrUrl: (id) => `${roomPath(id)}/qr.svg`,
};

/** The address partners open to join: the same as the server's joinUrl. */
export function joinUrl(code) {
  return new URL(`/join.html#code=${encodeURIComponent(code)}`, window.location.origin).toString();
}

/** A parameter from the fragment of the current address (#room=…&code=…). */
export function fragmentParam(name) {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get(name);
}
