// The answers behind a statement: each quote with who said it, for which organisation, and where
// (their preparation or a group session). Always as text, never as HTML.
import { el } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';

/** "name (organisation)", or just one of them. */
export function who(name, organisation) {
  if (name && organisation) return t('review.who', name, organisation);
  return name || organisation || t('review.anonymous');
}

export function quoteList(quotes, testid = 'quotes') {
  const list = el('ul', { class: 'quotes', testid });
  for (const quote of quotes) {
    const source = quote.source === 'room' ? 'review.source.room' : 'review.source.preparation';
    list.appendChild(el('li', { class: 'quote', testid: 'quote' },
      el('blockquote', { class: 'quote__text', text: quote.text }),
      el('p', { class: 'quote__who' },
        el('span', { class: 'quote__partner', text: quote.partner || t('review.anonymous') }),
        quote.organisation ? el('span', { class: 'quote__organisation', text: quote.organisation }) : null,
        tText(el('span', { class: 'quote__source' }), source))));
  }
  return list;
}

/** A disclosure with a count in its summary, opened and closed by the facilitator. */
export function disclosure(summaryNode, body, { testid, keepOpen } = {}) {
  return el('details', { class: 'disclosure review-disclosure', testid, data: { keepOpen } },
    el('summary', {}, summaryNode), body);
}
