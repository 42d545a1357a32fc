// The visievierluik: the four quadrants, each with the themes partners share and the answer that best
// represents the others. Each theme's quotes and checkbox are with its question further down (the same
// theme, linked), so that a theme is marked agreed in one place.
import { el } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { quoteList } from './quotes.js';
import { questionId } from './questions.js';

function quadrant(q) {
  const themes = q.sharedThemes.length
    ? el('ul', { class: 'chips', testid: 'quadrant-themes' }, q.sharedThemes.map((theme) => el('li', { class: 'chip' },
      el('span', { class: 'chip__label', text: theme.label }),
      el('span', { class: 'chip__count', text: t('review.theme.partners', theme.partners.length) }))))
    : tText(el('p', { class: 'status' }), 'review.themes.noneShared');
  return el('section', { class: 'quadrant', testid: `quadrant-${q.stepId}`, attrs: { 'aria-labelledby': `quadrant-${q.stepId}-title` } },
    el('h3', { id: `quadrant-${q.stepId}-title`, class: 'quadrant__prompt', text: q.prompt }),
    themes,
    q.representative ? el('div', { class: 'quadrant__representative' },
      tText(el('h4'), 'review.vision.representative'), quoteList([q.representative], 'representative')) : null,
    tText(el('a', { class: 'quadrant__more', attrs: { href: `#${questionId(q.stepId)}` } }), 'review.vision.allThemes'));
}

export function visionSection(vision) {
  return [el('div', { class: 'quadrants', testid: 'quadrants' }, vision.quadrants.map(quadrant))];
}
