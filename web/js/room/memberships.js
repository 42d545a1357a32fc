// The rooms this browser joined: {roomId, participantId, token, joinCode, name, organisation, joinedAt},
// kept in localStorage so that a reload or a lost connection finds the room again.

import { storedList } from '../shared/stored-list.js';

const { read, write } = storedList('samenspraak.rooms', (entry) => entry.roomId && entry.token);

export function saveMembership(entry) {
  const list = read().filter((existing) => existing.roomId !== entry.roomId);
  list.push({ joinedAt: new Date().toISOString(), ...entry });
  write(list);
}

export function findMembership(roomId) {
  return read().find((entry) => entry.roomId === roomId) || null;
}

/** The most recent membership with this join code (codes are reused once a room is closed). */
export function findByCode(joinCode) {
  const wanted = normaliseCode(joinCode);
  return read().filter((entry) => entry.joinCode === wanted)
    .sort((a, b) => String(b.joinedAt).localeCompare(String(a.joinedAt)))[0] || null;
}

export function latestMembership() {
  return read().sort((a, b) => String(b.joinedAt).localeCompare(String(a.joinedAt)))[0] || null;
}

export function forgetMembership(roomId) {
  write(read().filter((entry) => entry.roomId !== roomId));
}

/** As the server reads codes: upper case, without spaces or dashes. */
export function normaliseCode(code) {
  return String(code || '').replace(/[\s-]/g, '').toUpperCase();
}
