// The REST side of live rooms. A participant's calls carry their token in an Authorization header; the
// facilitator reads rooms over the logged-in session (changes go through ../facilitator/http.js, which adds
// the CSRF header: see console.js).
import { request } from '../api.js';

export const roomPath = (id) => `/api/rooms/${encodeURIComponent(id)}`;

export const roomApi = {
  join: (joinCode, name, organisation) =>
    request('POST', '/api/rooms/join', { body: { joinCode, name, organisation } }),

  joinInvited: (joinCode, invitation) =>
    request('POST', '/api/rooms/join', { body: { joinCode, invitation } }),

  /** The whole room: as a participant with a token, or as the logged-in facilitator without one. */
  room: (id, token) => request('GET', roomPath(id), { token }),

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
