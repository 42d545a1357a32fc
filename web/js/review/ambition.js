// The draft of the shared ambition (promise × commitment × doing): every sentence opens to the answers it
// came from; below it the text the facilitator keeps, prefilled with their stored version or the draft.
import { el, uid } from '../shared/dom.js';
import { t, tText, locale } from '../shared/i18n.js';
import { quoteList, disclosure } from './quotes.js';
import { edits, setAmbition } from './edits.js';

function sentences(titleKey, list, part) {
  if (!list.length) return null;
  return el('div', { class: 'sentences', testid: `sentences-${part}` },
    tText(el('h4'), titleKey),
    el('ol', { class: 'sentence-list' }, list.map((sentence, index) => el('li', { class: 'sentence', testid: 'sentence' },
      disclosure(el('span', {},
        el('span', { class: 'sentence__text', text: sentence.text }),
        sentence.condition ? el('span', { class: 'sentence__condition', testid: 'sentence-condition',
          text: t('review.ambition.condition', sentence.condition) }) : null,
        el('span', { class: 'sentence__sources', text: t(sentence.sources.length === 1 ? 'review.ambition.sourceOne'
          : 'review.ambition.sources', sentence.sources.length) })),
      quoteList(sentence.sources, 'sentence-sources'), { keepOpen: `sentence:${part}:${index}` })))));
}

function formatMoment(iso) {
  return new Intl.DateTimeFormat(locale(),
    { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function ambitionSection(ambition) {
  const textarea = el('textarea', {
    id: uid('ambition'), class: 'textarea ambition__text', testid: 'ambition-text',
    attrs: { name: 'ambition', rows: 12, maxlength: 10000, 'aria-describedby': 'ambition-hint' },
    on: { input: (event) => setAmbition(event.target.value) },
  });
  textarea.value = edits.ambition || '';
  const reset = el('button', {
    class: 'button button--quiet button--small', testid: 'ambition-reset', attrs: { type: 'button' },
    on: {
      click: () => {
        textarea.value = ambition.draft || '';
        setAmbition(textarea.value);
        textarea.dispatchEvent(new Event('change', { bubbles: true }));
        textarea.focus();
      },
    },
  });
  tText(reset, 'review.ambition.reset');
  const parts = [ambition.promise, ambition.commitments, ambition.goals, ambition.ownGoals];
  return [
    tText(el('p', { class: 'hint' }), 'review.ambition.intro'),
    parts.every((list) => !list.length)
      ? tText(el('p', { class: 'status', testid: 'ambition-empty' }), 'review.ambition.noDraft') : null,
    sentences('review.ambition.promise', ambition.promise, 'promise'),
    sentences('review.ambition.commitments', ambition.commitments, 'commitments'),
    sentences('review.ambition.goals', ambition.goals, 'goals'),
    sentences('review.ambition.ownGoals', ambition.ownGoals, 'own-goals'),
    el('div', { class: 'field ambition' },
      tText(el('label', { attrs: { for: textarea.id } }), 'review.ambition.label'),
      tText(el('p', { id: 'ambition-hint', class: 'hint' }), 'review.ambition.hint'),
      textarea,
      el('div', { class: 'ambition__actions' }, reset,
        ambition.editedAt ? el('span', { class: 'hint', testid: 'ambition-edited',
          text: t('review.ambition.edited', ambition.editedBy || '', formatMoment(ambition.editedAt)) }) : null)),
  ];
}
