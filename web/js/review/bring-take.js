// The brengen-halen parts of a summary, like the halen-en-brengen worksheet: what each partner brings and
// takes, the bring/seek matrix with every match, the needs nobody meets and the offers nobody asked for,
// the kinds of interest, and each partner's own impression of the balance (never a score).
// The shared ambitions and issues of this dialogue are the themes of its questions 'interest-shared' and
// 'tensions', shown there with their checkboxes; they are not repeated here.
import { el } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { who } from './quotes.js';
import { itemList } from './items.js';
import { matchMatrix, matchItem } from './matrix.js';
import { tallyChart } from '../shared/charts.js';

const sum = (tally) => tally.reduce((total, entry) => total + entry.count, 0);

function part(titleKey, testid, ...content) {
  return el('div', { class: 'part', testid }, tText(el('h3'), titleKey), ...content);
}

function worksheet(partners) {
  const list = (items) => (items.length ? el('ul', { class: 'cell-list' }, items.map((i) => el('li', { text: i }))) : '—');
  const header = (key) => tText(el('th', { attrs: { scope: 'col' } }), key);
  return el('div', { class: 'table-wrap' }, el('table', { class: 'table worksheet', testid: 'worksheet' },
    tText(el('caption', { class: 'sr-only' }), 'review.bringTake.worksheet'),
    el('thead', {}, el('tr', {}, header('review.bringTake.partner'), header('review.bringTake.brings'),
      header('review.bringTake.takes'), header('review.bringTake.balance'))),
    el('tbody', {}, partners.map((p) => el('tr', {},
      el('th', { attrs: { scope: 'row' }, text: who(p.partner, p.organisation) }),
      el('td', {}, list(p.brings)),
      el('td', {}, list(p.takes)),
      el('td', {}, p.balance || '—',
        p.balanceWhy ? el('span', { class: 'worksheet__why', text: p.balanceWhy }) : null))))));
}

export function bringTakeSection(bringTake) {
  const matches = bringTake.matches.length
    ? el('ol', { class: 'matches', testid: 'match-list' }, bringTake.matches.map(matchItem))
    : tText(el('p', { class: 'status', testid: 'match-list' }), 'review.bringTake.noMatches');
  return [
    part('review.bringTake.matchesTitle', 'matches-part',
      tText(el('p', { class: 'hint' }), 'review.bringTake.matchesIntro'),
      matchMatrix(bringTake),
      el('h4', { text: t('review.bringTake.allMatches', bringTake.matches.length) }),
      matches),
    part('review.bringTake.unmetTitle', 'unmet-part', itemList(bringTake.unmetNeeds, 'unmet-needs', 'review.bringTake.noUnmet')),
    part('review.bringTake.unaskedTitle', 'unasked-part',
      itemList(bringTake.unaskedOffers, 'unasked-offers', 'review.bringTake.noUnasked')),
    part('review.bringTake.worksheetTitle', 'worksheet-part', worksheet(bringTake.partners)),
    part('review.bringTake.kindsTitle', 'kinds-part', bringTake.interestKinds.length
      ? tallyChart(bringTake.interestKinds, { respondents: sum(bringTake.interestKinds) })
      : tText(el('p', { class: 'status' }), 'review.bringTake.noAnswers')),
    part('review.bringTake.balanceTitle', 'balance-part', bringTake.balance.length
      ? tallyChart(bringTake.balance, { respondents: sum(bringTake.balance) })
      : tText(el('p', { class: 'status' }), 'review.bringTake.noAnswers')),
  ];
}
