// A scan (Gespreksmodel Vitaal Samenwerken): the heat map of partners × ingredients (shared/charts.js), per factor
// the mean and spread and the tallies of its check questions, the ingredients partners disagree on most, and the
// recommended next conversations, each with what led to it and a button to open a room or invite the partners
// for that dialogue in one step. The figures are the server's; the page only shows them.
import { el } from '../shared/dom.js';
import { t, tText, plainText } from '../shared/i18n.js';
import { heatMap, tallyChart, formatNumber } from '../shared/charts.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { problemText } from './problem.js';

/** The steps this section shows, so that the list of questions leaves them out. */
export function scanSteps(scan) {
  if (!scan) return new Set();
  return new Set([...scan.ingredients.map((i) => i.stepId),
    ...scan.factors.flatMap((f) => f.checks.map((c) => c.stepId))]);
}

const partnerLabel = (row) => [row.partner, row.organisation].filter(Boolean).join(' · ') || t('review.scan.anonymous');
const figure = (value) => (value === null || value === undefined ? '' : formatNumber(value, { sign: true }));

function heatMapOf(scan) {
  const groups = [];
  for (const column of scan.ingredients) {
    const last = groups[groups.length - 1];
    if (last && last.id === column.factorId) last.span += 1;
    else groups.push({ id: column.factorId, label: column.factor, span: 1 });
  }
  const min = Math.min(...scan.ingredients.map((i) => i.min));
  const max = Math.max(...scan.ingredients.map((i) => i.max));
  return heatMap({
    groups, columns: scan.ingredients, min, max,
    rows: scan.heatMap.map((row) => ({ label: partnerLabel(row), cells: row.positions })),
    caption: t('review.scan.heatMapCaption'), emptyText: t('review.scan.noAnswer'),
  });
}

function reading(factor) {
  return [factor.weak ? t('review.scan.weak') : null, factor.divided ? t('review.scan.divided') : null]
    .filter(Boolean).join(', ') || '—';
}

function factorTable(factors) {
  const head = ['review.scan.factor', 'review.scan.mean', 'review.scan.spread', 'review.scan.positions', 'review.scan.reading']
    .map((key) => tText(el('th', { attrs: { scope: 'col' } }), key));
  return el('table', { class: 'table', testid: 'scan-factors' },
    tText(el('caption', { class: 'sr-only' }), 'review.scan.factorsTitle'),
    el('thead', {}, el('tr', {}, ...head)),
    el('tbody', {}, ...factors.map((f) => el('tr', { testid: `scan-factor-${f.id}`, data: { weak: f.weak, divided: f.divided } },
      el('th', { attrs: { scope: 'row' }, text: f.label }),
      el('td', { text: figure(f.mean) }), el('td', { text: f.spread === undefined ? '' : formatNumber(f.spread) }),
      el('td', { text: f.n }), el('td', { text: reading(f) })))));
}

function ingredientLine(i) {
  return t('review.scan.ingredientFigures', i.label, figure(i.positions.mean), formatNumber(i.positions.spread), i.positions.n);
}

function checkLine(check) {
  return `${check.prompt} ${check.tally.map((entry) => `${entry.label}: ${entry.count}`).join(' · ')}`;
}

function checksOf(factors) {
  return factors.filter((f) => f.checks.length).map((f) => el('div', { class: 'scan-checks', testid: `scan-checks-${f.id}` },
    el('h4', { text: f.label }),
    ...f.checks.map((check) => el('div', { testid: `scan-check-${check.stepId}` },
      el('h5', { text: check.prompt }), tallyChart(check.tally, { respondents: check.n })))));
}

/** One step: a room for the dialogue, or an invitation for each partner invited so far, to the dialogue. */
function actions(dialogue, context) {
  const status = el('p', { class: 'status', attrs: { role: 'status' } });
  const openRoom = el('button', { class: 'button', attrs: { type: 'button' }, testid: `scan-room-${dialogue.id}` });
  tText(openRoom, 'review.scan.openRoom', dialogue.title);
  openRoom.addEventListener('click', async () => {
    openRoom.disabled = true;
    try {
      const room = await facilitatorApi.openRoom(context.id, dialogue.id, context.lang);
      plainText(status);
      status.append(t('review.scan.roomOpened', room.joinCode), ' ',
        el('a', { attrs: { href: `room-console.html#room=${encodeURIComponent(room.id)}` }, text: t('review.scan.toRoom') }));
    } catch (problem) {
      openRoom.disabled = false;
      plainText(status, problemText(problem, 'review.error.load'));
    }
  });
  const partners = uniquePartners(context.detail);
  const invite = el('button', { class: 'button', attrs: { type: 'button', disabled: !partners.length }, testid: `scan-invite-${dialogue.id}` });
  tText(invite, 'review.scan.invite', dialogue.title, partners.length);
  invite.addEventListener('click', async () => {
    invite.disabled = true;
    const links = el('ul', { class: 'scan-links', testid: `scan-links-${dialogue.id}` });
    try {
      for (const partner of partners) {
        const link = await facilitatorApi.invite(context.id, { ...partner, dialogueId: dialogue.id });
        links.appendChild(el('li', {}, `${partner.name}: `, el('a', { attrs: { href: link.url }, text: link.url })));
      }
      tText(status, 'review.scan.invited', partners.length);
    } catch (problem) {
      plainText(status, problemText(problem, 'review.error.load'));
    }
    status.after(links);
  });
  return el('div', { class: 'scan-actions' }, openRoom, invite, status);
}

/** The partners invited so far, once each by name and organisation: who the next conversation is for. */
function uniquePartners(detail) {
  const seen = new Map();
  for (const invitation of detail?.invitations || []) {
    const key = `${invitation.name}|${invitation.organisation || ''}`.toLowerCase();
    if (!seen.has(key) && String(invitation.state).toLowerCase() !== 'revoked') {
      seen.set(key, { name: invitation.name, organisation: invitation.organisation || '', role: invitation.role || '' });
    }
  }
  return [...seen.values()];
}

function recommendation(r, context) {
  return el('article', { class: 'scan-recommendation', testid: `scan-recommendation-${r.factorId}-${r.kind}` },
    el('h4', { text: `${r.factor}: ${t(`review.scan.${r.kind}`)}` }),
    tText(el('p', { class: 'hint' }), `review.scan.because.${r.kind}`, figure(r.mean), formatNumber(r.spread ?? 0)),
    el('ul', { testid: 'scan-reasons' }, ...r.ingredients.map((i) => el('li', { text: ingredientLine(i) })),
      ...r.checks.map((c) => el('li', { text: checkLine(c) }))),
    ...r.dialogues.map((d) => el('div', { class: 'scan-dialogue', testid: `scan-dialogue-${d.id}` },
      tText(el('p'), 'review.scan.next', d.title), actions(d, context))));
}

export function scanSection(scan, context) {
  if (!scan.ingredients.length && !scan.factors.length) return [tText(el('p', { class: 'status' }), 'review.scan.none')];
  return [
    tText(el('h3'), 'review.scan.heatMapTitle'),
    tText(el('p', { class: 'hint' }), 'review.scan.heatMapExplain'),
    scan.ingredients.length ? heatMapOf(scan) : tText(el('p', { class: 'status' }), 'review.scan.none'),
    tText(el('h3'), 'review.scan.factorsTitle'),
    factorTable(scan.factors),
    tText(el('h3'), 'review.scan.disagreementsTitle'),
    scan.disagreements.length
      ? el('ul', { testid: 'scan-disagreements' }, ...scan.disagreements.map((i) => el('li', { text: `${i.factor}: ${ingredientLine(i)}` })))
      : tText(el('p', { class: 'status' }), 'review.scan.noDisagreements'),
    tText(el('h3'), 'review.scan.checksTitle'),
    ...checksOf(scan.factors),
    tText(el('h3'), 'review.scan.recommendationsTitle'),
    ...(scan.recommendations.length ? scan.recommendations.map((r) => recommendation(r, context))
      : [tText(el('p', { class: 'status', testid: 'scan-no-recommendations' }), 'review.scan.noRecommendations')]),
  ];
}
