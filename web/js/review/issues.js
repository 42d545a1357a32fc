// The pressing issues partners named, grouped by the factor of the Gespreksmodel Vitaal Samenwerken that
// each speaks to (as the language pipeline classifies it).
import { el } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { itemList } from './items.js';

const FACTORS = ['relatie', 'samenstelling', 'ambitie', 'belangen', 'organisatie-proces', 'unassigned'];

export function issuesSection(groups) {
  if (!groups.length) return [tText(el('p', { class: 'status', testid: 'issues-empty' }), 'review.issues.none')];
  return groups.map((group) => el('div', { class: 'issue-group', testid: `issues-${group.factor}` },
    el('h3', { text: FACTORS.includes(group.factor) ? t(`review.factor.${group.factor}`) : group.factor }),
    itemList(group.issues, 'issues', 'review.issues.none')));
}
