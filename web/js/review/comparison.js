// The comparison of two rounds on the review page (shown when the dialogue has two or more rounds): pick the
// rounds, then per scale a dumbbell of each partner's position in both rounds with the verdict, a scan's factors,
// and lists of themes new, continued and gone, matches that appeared or disappeared, partners who joined or left.
// Everything comes from GET …/comparison: the page computes nothing itself.
import { el, clear } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { dumbbellChart, formatNumber } from '../shared/charts.js';
import { reviewApi } from './review-api.js';
import { problemText } from './problem.js';

const view = { id: null, dialogue: null, lang: 'nl', rounds: [], from: null, to: null };

/** Shows the section for this dialogue's rounds (hidden with fewer than two), the latest but one against the latest. */
export async function showComparison(section, { id, dialogue, lang, rounds }) {
  const changed = view.id !== id || view.dialogue !== dialogue || view.rounds.length !== rounds.length;
  Object.assign(view, { id, dialogue, lang, rounds });
  section.hidden = rounds.length < 2;
  if (section.hidden) return;
  if (changed || !rounds.some((r) => r.number === view.from) || !rounds.some((r) => r.number === view.to)) {
    view.from = rounds[rounds.length - 2].number;
    view.to = rounds[rounds.length - 1].number;
  }
  await render(section);
}

async function render(section) {
  clear(section);
  section.appendChild(tText(el('h2', { id: 'comparison-title' }), 'review.compare.title'));
  const pickers = el('div', { class: 'review-tools__row' }, picker('from'), picker('to'));
  section.appendChild(pickers);
  const body = el('div', { testid: 'comparison-body', attrs: { 'aria-live': 'polite' } });
  section.appendChild(body);
  try {
    const comparison = await reviewApi.comparison(view.id, view.dialogue, view.lang, view.from, view.to);
    fill(body, comparison);
  } catch (error) {
    body.appendChild(el('p', { class: 'error', testid: 'comparison-problem', text: problemText(error, 'review.compare.error') }));
  }
  function picker(which) {
    const id = `comparison-${which}`;
    const select = el('select', { id, testid: id });
    for (const round of view.rounds) {
      select.appendChild(el('option', { text: t('review.compare.roundOption', round.number, round.label || ''), attrs: { value: round.number } }));
    }
    select.value = String(view[which]);
    select.addEventListener('change', () => {
      view[which] = Number.parseInt(select.value, 10);
      render(section);
    });
    return el('div', { class: 'field field--small' }, tText(el('label', { attrs: { for: id } }), `review.compare.${which}`), select);
  }
}

function fill(body, c) {
  const fromLabel = t('review.compare.round', c.from.number);
  const toLabel = t('review.compare.round', c.to.number);
  body.appendChild(tText(el('p', { class: 'hint' }), 'review.compare.bounds',
    Math.round(c.bounds.spread * 100), Math.round(c.bounds.mean * 100)));

  body.appendChild(tText(el('h3'), 'review.compare.scales'));
  if (!c.scales.length) body.appendChild(tText(el('p'), 'review.compare.none'));
  for (const s of c.scales) {
    const item = el('article', { class: 'card comparison-scale', testid: 'comparison-scale', data: { step: s.stepId, verdict: s.verdict } });
    item.appendChild(el('h4', { text: s.factor ? `${s.factor}: ${s.label}` : s.label, attrs: { lang: c.language } }));
    item.appendChild(tText(el('p', { class: `comparison-verdict comparison-verdict--${s.verdict}`, testid: 'comparison-verdict' }),
      `review.compare.verdict.${s.verdict}`));
    item.appendChild(dumbbellChart({
      rows: s.partners.map((p) => ({ label: p.partner || p.organisation || t('review.compare.anonymous'), from: p.from ?? null, to: p.to ?? null })),
      from: s.from, to: s.to, min: s.min, max: s.max, left: s.left, right: s.right, fromLabel, toLabel, lang: c.language,
    }));
    body.appendChild(item);
  }

  if (c.scan) {
    body.appendChild(tText(el('h3'), 'review.compare.factors'));
    const list = el('ul', { class: 'comparison-list', testid: 'comparison-factors' });
    for (const f of c.scan.factors) {
      list.appendChild(el('li', { data: { factor: f.id, verdict: f.verdict } },
        el('strong', { text: f.label, attrs: { lang: c.language } }), ' — ',
        t(`review.compare.verdict.${f.verdict}`),
        f.meanChange === undefined ? '' : ` (${t('review.compare.change', formatNumber(f.meanChange, { sign: true, decimals: 2 }),
          formatNumber(f.spreadChange, { sign: true, decimals: 2 }))})`));
    }
    body.appendChild(list);
  }

  body.appendChild(tText(el('h3'), 'review.compare.themes'));
  themes(body, 'review.compare.themesNew', c.themes.added, 'added', c, fromLabel, toLabel);
  themes(body, 'review.compare.themesContinued', c.themes.continued, 'continued', c, fromLabel, toLabel);
  themes(body, 'review.compare.themesGone', c.themes.gone, 'gone', c, fromLabel, toLabel);

  if (c.matches.appeared.length || c.matches.disappeared.length) {
    body.appendChild(tText(el('h3'), 'review.compare.matches'));
    list(body, 'review.compare.matchesAppeared', c.matches.appeared.map((m) => t('review.compare.match', m.seeker, m.need, m.provider, m.offer)), 'appeared');
    list(body, 'review.compare.matchesDisappeared', c.matches.disappeared.map((m) => t('review.compare.match', m.seeker, m.need, m.provider, m.offer)), 'disappeared');
  }

  body.appendChild(tText(el('h3'), 'review.compare.partners'));
  const name = (p) => (p.organisation ? `${p.partner} (${p.organisation})` : p.partner);
  list(body, 'review.compare.joined', c.partners.joined.map(name), 'joined');
  list(body, 'review.compare.left', c.partners.left.map(name), 'left');
}

function themes(body, heading, entries, kind, c, fromLabel, toLabel) {
  body.appendChild(tText(el('h4'), heading));
  if (!entries.length) {
    body.appendChild(tText(el('p', { class: 'hint' }), 'review.compare.none'));
    return;
  }
  const ul = el('ul', { class: 'comparison-list', testid: `comparison-themes-${kind}` });
  for (const theme of entries) {
    const quotes = el('ul', { class: 'comparison-quotes' });
    theme.fromQuotes.forEach((q) => quotes.appendChild(el('li', { text: `${fromLabel}: “${q.text}” — ${q.partner}`, attrs: { lang: c.language } })));
    theme.toQuotes.forEach((q) => quotes.appendChild(el('li', { text: `${toLabel}: “${q.text}” — ${q.partner}`, attrs: { lang: c.language } })));
    ul.appendChild(el('li', {}, el('strong', { text: theme.label, attrs: { lang: c.language } }),
      theme.place ? el('span', { class: 'hint', text: ` · ${theme.place}`, attrs: { lang: c.language } }) : null, quotes));
  }
  body.appendChild(ul);
}

function list(body, heading, items, kind) {
  body.appendChild(tText(el('h4'), heading));
  if (!items.length) {
    body.appendChild(tText(el('p', { class: 'hint' }), 'review.compare.none'));
    return;
  }
  body.appendChild(el('ul', { class: 'comparison-list', testid: `comparison-${kind}` }, items.map((text) => el('li', { text }))));
}
