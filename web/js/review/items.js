// Lists of single statements (a need, an offer, an issue), each with the partner who wrote it.
import { el } from '../shared/dom.js';
import { tText } from '../shared/i18n.js';
import { who } from './quotes.js';

export function itemList(items, testid, emptyKey) {
  if (!items.length) return tText(el('p', { class: 'status', testid }), emptyKey);
  return el('ul', { class: 'statements', testid }, items.map((item) => el('li', { class: 'statement' },
    el('span', { class: 'statement__text', text: item.text }),
    el('span', { class: 'statement__who', text: who(item.partner, item.organisation) }))));
}
