// The mark of a private answer, wherever it is shown: the lock icon and the word "privé" / "private".
import { el } from './dom.js';
import { tText } from './i18n.js';

export function privateMark() {
  return el('span', { class: 'private-mark', testid: 'private-mark' },
    el('span', { class: 'icon icon--lock', attrs: { 'aria-hidden': 'true' } }),
    tText(el('span'), 'visibility.privateMark'));
}
