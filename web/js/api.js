// The REST API of the server. Conversation calls carry the token in an Authorization header,
// never in a URL.

export class ApiError extends Error {
  constructor(status, body) {
    const message = (body && (body.message || body.detail || body.error)) || `HTTP ${status}`;
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body || {};
    this.field = body ? body.field : undefined;
    this.code = body ? body.error : undefined;
  }
}

/**
 * A JSON call to the server: a token goes as Bearer, a failure becomes an ApiError with the server's
 * {error, field, message} (status 0 when the network failed). Other pages' API modules call it too.
 */
export async function request(method, path, { token, body, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
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
  } catch (error) {
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
  if (accept !== 'application/json') return response.blob();
  if (response.status === 204) return null;
  return response.json();
}

const conversationPath = (id) => `/api/conversations/${encodeURIComponent(id)}`;

export const api = {
  dialogues: () => request('GET', '/api/dialogues'),

  start: (dialogueId, language, participant) =>
    request('POST', '/api/conversations', { body: { dialogueId, language, participant } }),

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
