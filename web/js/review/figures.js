// The summary's own figures beside the shared charts (shared/charts.js, the same as in a live session, so
// that positions and tallies look alike in both): agreement as a bar, and the positions also as a table,
// for whoever cannot see the chart.
import { el } from '../shared/dom.js';
import { tText } from '../shared/i18n.js';
import { scaleChart, formatNumber } from '../shared/charts.js';
import { disclosure } from './quotes.js';

/** A percentage as a bar (classes in steps of 5%, since the CSP allows no inline styles) beside its figure. */
export function shareBar(share) {
  return el('span', { class: 'bars__bar share-bar', attrs: { 'aria-hidden': 'true' } },
    el('span', { class: `bars__fill bars__fill--w${Math.round(share * 20) * 5}` }));
}

export function percent(share) {
  return `${formatNumber(share * 100, { decimals: 0 })}%`;
}

/** Positions on a scale: the histogram with mean and spread between the poles, and the same as a table. */
export function scaleFigure(scale, { left, right, keepOpen } = {}) {
  const positions = scale.histogram.map((bin) => bin.position);
  const figure = scaleChart(scale, { min: Math.min(...positions), max: Math.max(...positions), left, right });
  const rows = scale.histogram.map((bin) => el('tr', {},
    el('th', { attrs: { scope: 'row' }, text: bin.position > 0 ? `+${bin.position}` : bin.position }),
    el('td', { text: bin.count })));
  const table = el('table', { class: 'table table--compact', testid: 'scale-table' },
    tText(el('caption', { class: 'sr-only' }), 'review.chart.tableCaption'),
    el('thead', {}, el('tr', {},
      tText(el('th', { attrs: { scope: 'col' } }), 'review.chart.position'),
      tText(el('th', { attrs: { scope: 'col' } }), 'review.chart.count'))),
    el('tbody', {}, rows));
  figure.appendChild(disclosure(tText(el('span'), 'review.chart.asTable'), table, { keepOpen }));
  return figure;
}
