// The review page's calls: a dialogue's summary, the facilitator's edits of it, and the links to its
// exports. As the logged-in facilitator, so that the session's CSRF token goes with the PUT and a missing
// login leads to the login page and back.
import { call } from '../shared/facilitator-api.js';

const collaboration = (id) => `/api/collaborations/${encodeURIComponent(id)}`;
// round: the round's number, or null for the dialogue's latest round.
const query = (dialogue, lang, round) => `dialogue=${encodeURIComponent(dialogue)}&lang=${encodeURIComponent(lang)}`
  + (round ? `&round=${encodeURIComponent(round)}` : '');

export const reviewApi = {
  summary: (id, dialogue, lang, round) => call('GET', `${collaboration(id)}/summary?${query(dialogue, lang, round)}`),
  /** Two rounds compared (numbers; null: the server's default, the latest but one against the latest). */
  comparison: (id, dialogue, lang, from, to) => call('GET', `${collaboration(id)}/comparison?${query(dialogue, lang, null)}`
    + (from ? `&from=${encodeURIComponent(from)}` : '') + (to ? `&to=${encodeURIComponent(to)}` : '')),
  /** review: {ambition, agreedThemes}; the answer is the summary with the edits in it. */
  saveReview: (id, dialogue, lang, round, review) =>
    call('PUT', `${collaboration(id)}/summary/review?${query(dialogue, lang, round)}`, { body: review }),
};

/** The exports are plain GETs with the session cookie, so ordinary download links do. */
export function exportUrls(id, dialogue, lang, round) {
  return {
    markdown: `${collaboration(id)}/summary.md?${query(dialogue, lang, round)}`,
    pdf: `${collaboration(id)}/summary.pdf?${query(dialogue, lang, round)}`,
    csv: `${collaboration(id)}/answers.csv?lang=${encodeURIComponent(lang)}`,
  };
}
