// Themes: each with its label, key terms and the partners who voiced it, a checkbox to mark it agreed,
// and its quotes behind a disclosure.
import { el, uid } from '../shared/dom.js';
import { t, tText, tAttr } from '../shared/i18n.js';
import { quoteList, disclosure } from './quotes.js';
import { edits, setAgreed } from './edits.js';

export function themeList(themes, testid = 'themes') {
  return el('ol', { class: 'themes', testid }, themes.map(themeItem));
}

function themeItem(theme) {
  const checkbox = el('input', {
    id: uid('agreed'),
    testid: 'theme-agreed',
    attrs: { type: 'checkbox' },
    on: { change: (event) => setAgreed(theme.key, event.target.checked) },
  });
  checkbox.checked = edits.agreed.has(theme.key);
  tAttr(checkbox, 'aria-label', 'review.theme.agreedLabel', theme.label);
  const terms = (theme.keyTerms || []).filter((term) => term !== theme.label);
  const partners = theme.partners.length;
  return el('li', { class: 'theme', testid: 'theme', data: { themeKey: theme.key } },
    el('div', { class: 'theme__head' },
      el('span', { class: 'theme__label', testid: 'theme-label', text: theme.label }),
      tText(el('span', { class: 'theme__count', testid: 'theme-count' }),
        partners === 1 ? 'review.theme.partnersOne' : 'review.theme.partners', partners),
      el('label', { class: 'theme__agreed', attrs: { for: checkbox.id } },
        checkbox, tText(el('span'), 'review.theme.agreed'))),
    el('p', { class: 'theme__partners', testid: 'theme-partners', text: theme.partners.join(' · ') }),
    terms.length ? el('p', { class: 'theme__terms', text: t('review.theme.terms', terms.join(', ')) }) : null,
    disclosure(tText(el('span'), theme.quotes.length === 1 ? 'review.theme.quoteOne' : 'review.theme.quotes',
      theme.quotes.length), quoteList(theme.quotes), { testid: 'theme-quotes', keepOpen: `theme:${theme.key}` }));
}
