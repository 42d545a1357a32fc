// A partner's conversation on the server: start it (anonymously or on an invitation), read it, answer, go
// back, change who sees an answer, download the transcript. Each call after the start carries the
// conversation's token in an Authorization header, never in a URL.
import { request } from './http.js';

const conversationPath = (id) => `/api/conversations/${encodeURIComponent(id)}`;

export const conversationApi = {
  start: (dialogueId, language, participant) =>
    request('POST', '/api/conversations', { body: { dialogueId, language, participant } }),

  /** Starts the invited partner's conversation, or resumes it when they opened the link before. */
  openInvitation: (invitation, language) =>
    request('POST', '/api/conversations', { body: language ? { invitation, language } : { invitation } }),

  conversation: (id, token) => request('GET', conversationPath(id), { token }),

  answer: (id, token, nodeId, value, visibility) =>
    request('POST', `${conversationPath(id)}/answers`, {
      token,
      body: { nodeId, value: value === undefined ? null : value, visibility },
    }),

  back: (id, token, nodeId) =>
    request('POST', `${conversationPath(id)}/back`, { token, body: nodeId ? { nodeId } : {} }),

  visibility: (id, token, nodeId, visibility) =>
    request('POST', `${conversationPath(id)}/visibility`, { token, body: { nodeId, visibility } }),

  transcript: (id, token) =>
    request('GET', `${conversationPath(id)}/transcript.md`, { token, accept: 'text/markdown' }),
};
