// Who seeks what another brings, as a matrix: a row per partner who seeks, a column per partner who
// brings, each cell the number of matches between them, coloured by that number. Hovering a cell names
// its matches; a click (or Enter) shows them below the table. The table is readable as it is by a screen
// reader, and every match is also in the list under it.
import { el, clear, uid } from '../shared/dom.js';
import { t, tText, tAttr } from '../shared/i18n.js';
import { formatNumber } from '../shared/charts.js';
import { who } from './quotes.js';

const keyOf = (name, organisation) => JSON.stringify([name || '', organisation || '']);

/** Everyone who appears in the worksheet or in a match, in the worksheet's order. */
function partnersOf(bringTake) {
  const partners = new Map();
  const add = (name, organisation) => {
    const key = keyOf(name, organisation);
    if (!partners.has(key)) partners.set(key, { key, name, organisation });
  };
  bringTake.partners.forEach((p) => add(p.partner, p.organisation));
  bringTake.matches.forEach((m) => {
    add(m.seeker, m.seekerOrganisation);
    add(m.provider, m.providerOrganisation);
  });
  return [...partners.values()];
}

function matchText(match) {
  return t('review.match.text', who(match.seeker, match.seekerOrganisation), match.need,
    who(match.provider, match.providerOrganisation), match.offer);
}

function partnerHeader(partner, scope) {
  return el('th', { class: 'matrix__partner', attrs: { scope } },
    el('span', { class: 'matrix__name', text: partner.name || t('review.anonymous') }),
    partner.organisation ? el('span', { class: 'matrix__organisation', text: partner.organisation }) : null);
}

export function matchMatrix(bringTake) {
  const partners = partnersOf(bringTake);
  const detail = el('div', { class: 'matrix-detail', id: uid('matrix-detail'), testid: 'matrix-detail', attrs: { 'aria-live': 'polite' } });
  const cells = new Map();
  for (const match of bringTake.matches) {
    const key = `${keyOf(match.seeker, match.seekerOrganisation)}>${keyOf(match.provider, match.providerOrganisation)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(match);
  }
  let pressed = null;
  const show = (button, seeker, provider, matches) => {
    if (pressed) pressed.setAttribute('aria-expanded', 'false');
    clear(detail);
    if (pressed === button) {
      pressed = null;
      return;
    }
    pressed = button;
    button.setAttribute('aria-expanded', 'true');
    detail.append(
      el('h4', { class: 'matrix-detail__title', text: t('review.matrix.detailTitle', who(seeker.name, seeker.organisation), who(provider.name, provider.organisation)) }),
      el('ul', { class: 'matches' }, matches.map(matchItem)));
  };

  const head = el('tr', {}, tText(el('td', { class: 'matrix__corner' }), 'review.matrix.corner'),
    partners.map((p) => partnerHeader(p, 'col')));
  const rows = partners.map((seeker) => el('tr', { testid: 'matrix-row' }, partnerHeader(seeker, 'row'),
    partners.map((provider) => {
      if (seeker.key === provider.key) {
        return el('td', { class: 'matrix__cell matrix__cell--self' },
          el('span', { attrs: { 'aria-hidden': 'true' }, text: '—' }),
          tText(el('span', { class: 'sr-only' }), 'review.matrix.self'));
      }
      const matches = cells.get(`${seeker.key}>${provider.key}`) || [];
      const level = Math.min(matches.length, 3);
      const cell = el('td', {
        class: `matrix__cell matrix__cell--n${level}`, testid: 'matrix-cell',
        data: { seeker: seeker.name, provider: provider.name, count: matches.length },
      });
      if (!matches.length) {
        cell.textContent = '0';
        return cell;
      }
      const button = el('button', {
        class: 'matrix__button', testid: 'matrix-button', text: matches.length,
        attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': detail.id, title: matches.map(matchText).join('\n') },
      });
      tAttr(button, 'aria-label', matches.length === 1 ? 'review.matrix.cellOne' : 'review.matrix.cell',
        who(seeker.name, seeker.organisation), who(provider.name, provider.organisation), matches.length);
      button.addEventListener('click', () => show(button, seeker, provider, matches));
      cell.appendChild(button);
      return cell;
    })));
  const table = el('table', { class: 'matrix', testid: 'match-matrix' },
    tText(el('caption', { class: 'matrix__caption' }), 'review.matrix.caption'),
    el('thead', {}, head), el('tbody', {}, rows));
  return el('div', { class: 'matrix-wrap' }, el('div', { class: 'table-wrap' }, table), detail);
}

export function matchItem(match) {
  return el('li', { class: 'match', testid: 'match' },
    el('p', { class: 'match__need' },
      tText(el('span', { class: 'match__role' }), 'review.match.seeks', who(match.seeker, match.seekerOrganisation)),
      ' ', el('q', { text: match.need })),
    el('p', { class: 'match__offer' },
      tText(el('span', { class: 'match__role' }), 'review.match.brings', who(match.provider, match.providerOrganisation)),
      ' ', el('q', { text: match.offer })),
    el('p', { class: 'match__similarity', text: t('review.match.similarity', formatNumber(match.similarity, { decimals: 2 })) }),
    match.reasons.length ? el('p', { class: 'match__reasons', testid: 'match-reasons',
      text: t('review.match.reasons', match.reasons.join(', ')) }) : null);
}
