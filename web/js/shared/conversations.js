// Conversations started in this browser, kept in localStorage so they can be resumed.

import { storedList } from './stored-list.js';
import { fragmentParam } from './fragment.js';

const { read, write } = storedList('samenspraak.conversations', (entry) => entry.id && entry.token);

/** All stored conversations, most recently started first. */
export function listConversations() {
  return read().sort((a, b) => String(b.startedAt || '').localeCompare(String(a.startedAt || '')));
}

export function findConversation(id) {
  return read().find((entry) => entry.id === id) || null;
}

/** Adds or updates a conversation: {id, token, dialogueId, title: {nl, en}, startedAt, status}. */
export function saveConversation(entry) {
  const list = read();
  const index = list.findIndex((existing) => existing.id === entry.id);
  if (index >= 0) list[index] = { ...list[index], ...withoutEmpty(entry) };
  else list.push({ startedAt: new Date().toISOString(), ...withoutEmpty(entry) });
  write(list);
}

export function forgetConversation(id) {
  write(read().filter((entry) => entry.id !== id));
}

function withoutEmpty(entry) {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && value !== null));
}

/** The resume address of a conversation: the token travels in the fragment, never to the server. */
export function resumeUrl(id, token) {
  const fragment = new URLSearchParams({ id, token }).toString();
  return new URL(`/chat.html#${fragment}`, window.location.origin).toString();
}

/** Reads {id, token} from the fragment of the current address (token falls back to storage). */
export function conversationFromLocation() {
  const id = fragmentParam('id');
  if (!id) return null;
  const token = fragmentParam('token') || (findConversation(id) || {}).token;
  return token ? { id, token } : { id, token: null };
}
