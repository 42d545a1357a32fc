// The one way every page calls the server: JSON in and out, a participant's token as Bearer, and on a
// change made with the facilitator's session the CSRF token. The server is set up for single-page apps
// (csrf.spa() in access.SecurityConfiguration): it reads the header X-XSRF-TOKEN exactly as the cookie
// XSRF-TOKEN holds it, unmasked, and sets that cookie on every response, so the first change a page makes
// carries a token the server accepts.

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
const SAFE = ['GET', 'HEAD', 'OPTIONS'];

/** A failed call: the HTTP status (0 when the network failed) and the server's {error, field, message}. */
class ApiError extends Error {
  constructor(status, body, retryAfter = null) {
    const message = (body && (body.message || body.error)) || `HTTP ${status}`;
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body || {};
    this.field = body ? body.field : undefined;
    this.code = body ? body.error : undefined;
    // Seconds to wait, when the server limits how often (429).
    this.retryAfter = retryAfter;
  }
}

function cookie(name) {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/**
 * Calls the server. options: { token (a participant's, sent as Bearer), body (sent as JSON), form (fields
 * sent as a form, for the login), accept (another type than JSON comes back as a Blob), cache (the fetch
 * cache mode: by default nothing is kept, since answers change under the page) }. Returns the parsed answer
 * (null when there is none) or throws an ApiError.
 */
export async function request(method, path, { token, body, form, accept = 'application/json', cache = 'no-store' } = {}) {
  const headers = { Accept: accept };
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  } else if (!SAFE.includes(method)) {
    // A request with its own Authorization header cannot be forged by another site and needs none.
    const csrf = cookie(CSRF_COOKIE);
    if (csrf) headers[CSRF_HEADER] = csrf;
  }
  let payload;
  if (form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    payload = new URLSearchParams(form).toString();
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, {
      method, headers, body: payload, credentials: 'same-origin', cache, redirect: 'error',
    });
  } catch {
    throw new ApiError(0, { error: 'network', message: '' });
  }
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
    throw new ApiError(response.status, problem, Number(response.headers.get('Retry-After')) || null);
  }
  if (accept !== 'application/json') return response.blob();
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}
