// The review page's calls: a dialogue's summary, the facilitator's edits of it, and the links to its
// exports. As the logged-in facilitator, so that the session's CSRF token goes with the PUT and a missing
// login leads to the login page and back.
import { call } from '../shared/facilitator-api.js';

const collaboration = (id) => `/api/collaborations/${encodeURIComponent(id)}`;
const query = (dialogue, lang) => `dialogue=${encodeURIComponent(dialogue)}&lang=${encodeURIComponent(lang)}`;

export const reviewApi = {
  summary: (id, dialogue, lang) => call('GET', `${collaboration(id)}/summary?${query(dialogue, lang)}`),
  /** review: {ambition, agreedThemes}; the answer is the summary with the edits in it. */
  saveReview: (id, dialogue, lang, review) =>
    call('PUT', `${collaboration(id)}/summary/review?${query(dialogue, lang)}`, { body: review }),
};

/** The exports are plain GETs with the session cookie, so ordinary download links do. */
export function exportUrls(id, dialogue, lang) {
  return {
    markdown: `${collaboration(id)}/summary.md?${query(dialogue, lang)}`,
    pdf: `${collaboration(id)}/summary.pdf?${query(dialogue, lang)}`,
    csv: `${collaboration(id)}/answers.csv?lang=${encodeURIComponent(lang)}`,
  };
}
