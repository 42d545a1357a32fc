// The REST side of live rooms. A participant's calls carry their token in an Authorization header; the
// facilitator's go over the logged-in session, with the CSRF token on a change (shared/http.js).
import { request } from '../shared/http.js';
import { call } from '../shared/facilitator-api.js';

const roomPath = (id) => `/api/rooms/${encodeURIComponent(id)}`;

export const roomApi = {
  join: (joinCode, name, organisation) =>
    request('POST', '/api/rooms/join', { body: { joinCode, name, organisation } }),

  joinInvited: (joinCode, invitation) =>
    request('POST', '/api/rooms/join', { body: { joinCode, invitation } }),

  /** The whole room: as a participant with a token, or as the logged-in facilitator without one. */
  room: (id, token) => request('GET', roomPath(id), { token }),

  /** A partner without a device, whose answers the facilitator enters. */
  addParticipant: (id, name, organisation) => call('POST', `${roomPath(id)}/participants`, { body: { name, organisation } }),

  qrUrl: (id) => `${roomPath(id)}/qr.svg`,
};
