// Per paradox: where the partners stand between its poles (histogram, mean, spread and a plain label)
// and their both-and ideas as themes.
import { el } from '../shared/dom.js';
import { tText } from '../shared/i18n.js';
import { themeList } from './themes.js';
import { scaleFigure } from './figures.js';

/** The steps this section shows in full, so that the list of questions leaves them out. */
export function paradoxSteps(paradoxes) {
  return new Set((paradoxes || []).flatMap((p) => [`position@${p.id}`, `both-and@${p.id}`]));
}

export function paradoxSection(paradoxes) {
  if (!paradoxes.length) return [tText(el('p', { class: 'status' }), 'review.paradoxes.none')];
  return paradoxes.map((paradox) => el('section', {
    class: 'paradox', id: `paradox-${paradox.id}`, testid: `paradox-${paradox.id}`,
    attrs: { 'aria-labelledby': `paradox-${paradox.id}-title` },
  },
  el('h3', { id: `paradox-${paradox.id}-title`, text: paradox.label }),
  scaleFigure(paradox.positions, { left: paradox.left, right: paradox.right, keepOpen: `table:${paradox.id}` }),
  tText(el('h4', { class: 'themes__title' }), 'review.paradoxes.bothAnd'),
  paradox.bothAnd.length ? themeList(paradox.bothAnd, 'both-and-themes')
    : tText(el('p', { class: 'status' }), 'review.paradoxes.noBothAnd')));
}
