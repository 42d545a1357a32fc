// The figures of a revealed step, drawn with DOM APIs only (no chart library, no HTML strings):
// a bar per option for tallies, a histogram of positions between the two poles with mean and spread,
// and the ranking order. Every chart also says what it shows in words, for screen readers.
import { el } from './dom.js';
import { t, tText, locale } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null) node.setAttribute(name, String(value));
  }
  if (text !== undefined) node.textContent = String(text);
  return node;
}

/** A number as people read it in the UI language: at most one decimal, a sign when asked. */
export function formatNumber(value, { sign = false, decimals = 1 } = {}) {
  const text = new Intl.NumberFormat(locale(), {
    maximumFractionDigits: decimals,
    minimumFractionDigits: 0,
  }).format(Math.abs(value) < 0.05 && decimals === 1 ? 0 : value);
  return sign && value > 0.049 ? `+${text}` : text;
}

const signed = (position) => (position > 0 ? `+${position}` : String(position));

/**
 * Tallies of a choice or multi step: the chosen options as bars, most chosen first; options nobody chose
 * are named below in one line. `respondents` is how many answered (for a multi the bars may add up to more).
 */
export function tallyChart(tally, { respondents, lang } = {}) {
  const chosen = tally.filter((entry) => entry.count > 0).sort((a, b) => b.count - a.count);
  const unchosen = tally.filter((entry) => entry.count === 0);
  const most = Math.max(1, respondents || 0, ...chosen.map((entry) => entry.count));
  const list = el('ol', { class: 'bars', testid: 'tally-chart' });
  for (const entry of chosen) {
    const bar = el('span', { class: 'bars__bar', attrs: { 'aria-hidden': 'true' } },
      el('span', { class: `bars__fill bars__fill--w${Math.round((entry.count / most) * 20) * 5}` }));
    list.appendChild(el('li', { class: 'bars__row', testid: `tally-${entry.optionId}`, data: { count: entry.count } },
      el('span', { class: 'bars__label', text: entry.label, attrs: { lang } }),
      bar,
      el('span', { class: 'bars__count', text: entry.count })));
  }
  const figure = el('figure', { class: 'chart chart--tally' });
  figure.appendChild(tText(el('figcaption', { class: 'chart__caption' }), 'room.chart.tallyCaption', respondents ?? 0));
  if (!chosen.length) figure.appendChild(tText(el('p', { class: 'hint' }), 'room.chart.nothingChosen'));
  else figure.appendChild(list);
  if (unchosen.length && chosen.length) {
    figure.appendChild(el('details', { class: 'chart__rest', testid: 'tally-unchosen' },
      tText(el('summary', { class: 'chart__rest-label' }), 'room.chart.notChosen', unchosen.length),
      el('p', { text: unchosen.map((entry) => entry.label).join(' · '), attrs: { lang } })));
  }
  return figure;
}

/**
 * The positions on a scale: a bar per position from min to max, the two poles at the ends, the mean as a
 * marker and the spread (mean ± one standard deviation) as a band under the axis; then the figures in words
 * and the agreement word.
 */
export function scaleChart(scale, { min = -3, max = 3, left, right, lang } = {}) {
  const positions = [];
  for (let p = min; p <= max; p += 1) positions.push(p);
  const counts = new Map((scale.histogram || []).map((bin) => [bin.position, bin.count]));
  const most = Math.max(1, ...positions.map((p) => counts.get(p) || 0));

  const width = 480;
  const height = 250;
  const padX = 12;
  const top = 30;
  const axisY = 165;
  const slot = (width - 2 * padX) / positions.length;
  const x = (position) => padX + (position - min + 0.5) * slot;

  const chart = svg('svg', {
    class: 'scale-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    preserveAspectRatio: 'xMidYMid meet', 'data-testid': 'scale-chart',
  });
  const title = svg('title', {}, t('room.chart.scaleSummary', formatNumber(scale.mean, { sign: true }),
    formatNumber(scale.spread), scale.n, left || '', right || ''));
  chart.appendChild(title);

  // The spread band and the centre line behind the bars.
  const spreadLeft = Math.max(min, scale.mean - scale.spread);
  const spreadRight = Math.min(max, scale.mean + scale.spread);
  chart.appendChild(svg('line', { class: 'scale-chart__centre', x1: x((min + max) / 2), x2: x((min + max) / 2), y1: top - 10, y2: axisY }));
  for (const position of positions) {
    const count = counts.get(position) || 0;
    const barHeight = ((axisY - top - 18) * count) / most;
    const group = svg('g', { class: 'scale-chart__bin', 'data-position': position, 'data-count': count });
    group.appendChild(svg('rect', {
      class: `scale-chart__bar${count ? '' : ' scale-chart__bar--empty'}`,
      x: x(position) - slot * 0.34, y: axisY - barHeight, width: slot * 0.68, height: Math.max(barHeight, 0),
      rx: 4,
    }));
    if (count) group.appendChild(svg('text', { class: 'scale-chart__count', x: x(position), y: axisY - barHeight - 6, 'text-anchor': 'middle' }, count));
    group.appendChild(svg('text', { class: 'scale-chart__tick', x: x(position), y: axisY + 20, 'text-anchor': 'middle' }, signed(position)));
    chart.appendChild(group);
  }
  chart.appendChild(svg('line', { class: 'scale-chart__axis', x1: padX, x2: width - padX, y1: axisY, y2: axisY }));
  chart.appendChild(svg('rect', {
    class: 'scale-chart__spread', 'data-testid': 'scale-spread',
    x: x(spreadLeft), y: axisY + 44, width: Math.max(2, x(spreadRight) - x(spreadLeft)), height: 10, rx: 5,
  }));
  const meanX = x(scale.mean);
  chart.appendChild(svg('path', {
    class: 'scale-chart__mean', 'data-testid': 'scale-mean-marker',
    d: `M ${meanX} ${axisY + 34} l -10 16 h 20 z`,
  }));
  chart.appendChild(svg('line', { class: 'scale-chart__mean-line', x1: meanX, x2: meanX, y1: top - 10, y2: axisY }));
  // The label reads away from the nearer edge, so that it is never cut off.
  const anchor = meanX > width * 0.7 ? 'end' : meanX < width * 0.3 ? 'start' : 'middle';
  const labelX = anchor === 'end' ? Math.min(meanX + 12, width - 2) : anchor === 'start' ? Math.max(meanX - 12, 2) : meanX;
  chart.appendChild(svg('text', { class: 'scale-chart__mean-label', x: labelX, y: axisY + 76, 'text-anchor': anchor },
    t('room.chart.meanShort', formatNumber(scale.mean, { sign: true }))));

  const poles = el('div', { class: 'scale-chart__poles' },
    el('span', { class: 'scale-chart__pole scale-chart__pole--left', testid: 'chart-pole-left', text: left || '', attrs: { lang } }),
    el('span', { class: 'scale-chart__pole scale-chart__pole--right', testid: 'chart-pole-right', text: right || '', attrs: { lang } }));

  const agreementKey = ['broad-agreement', 'leaning', 'divided'].includes(scale.agreement) ? scale.agreement : 'unknown';
  const figures = el('dl', { class: 'figures', testid: 'scale-figures' },
    el('div', { class: 'figures__item' }, tText(el('dt'), 'room.chart.mean'),
      el('dd', { testid: 'scale-mean', text: formatNumber(scale.mean, { sign: true }) })),
    el('div', { class: 'figures__item' }, tText(el('dt'), 'room.chart.spread'),
      el('dd', { testid: 'scale-spread-value', text: formatNumber(scale.spread) })),
    el('div', { class: 'figures__item' }, tText(el('dt'), 'room.chart.count'),
      el('dd', { testid: 'scale-n', text: scale.n })),
    el('div', { class: `figures__item figures__item--agreement agreement--${agreementKey}` },
      tText(el('dt'), 'room.chart.agreement'),
      tText(el('dd', { testid: 'scale-agreement', data: { agreement: scale.agreement } }), `room.agreement.${agreementKey}`)));

  const figure = el('figure', { class: 'chart chart--scale' },
    tText(el('figcaption', { class: 'chart__caption' }), 'room.chart.scaleCaption', scale.n),
    poles, chart, figures,
    tText(el('p', { class: 'hint chart__explain' }), 'room.chart.scaleExplain'));
  return figure;
}

/** The group's ranking: options by their mean position (1 = first), with a bar that is longer for better places. */
export function rankingChart(ranking, { count, lang } = {}) {
  const places = Math.max(1, count || ranking.length);
  const list = el('ol', { class: 'ranking', testid: 'ranking-chart' });
  ranking.forEach((entry) => {
    const share = places > 1 ? (places - entry.meanPosition) / (places - 1) : 1;
    list.appendChild(el('li', { class: 'ranking__row', testid: `ranking-${entry.optionId}` },
      el('span', { class: 'ranking__label', text: entry.label, attrs: { lang } }),
      el('span', { class: 'bars__bar', attrs: { 'aria-hidden': 'true' } },
        el('span', { class: `bars__fill bars__fill--w${Math.max(1, Math.round(share * 20)) * 5}` })),
      tText(el('span', { class: 'ranking__mean' }), 'room.chart.meanPosition', formatNumber(entry.meanPosition))));
  });
  return el('figure', { class: 'chart chart--ranking' },
    tText(el('figcaption', { class: 'chart__caption' }), 'room.chart.rankingCaption'), list);
}

/**
 * A heat map: rows (partners) × columns (ingredients, grouped under a header per group), each cell a position
 * between min and max coloured from the weak end (min) to the strong end (max), empty where a row has none.
 * It is a table, so a screen reader reads it as one: every cell also says in words whose position it is.
 */
export function heatMap({ groups, columns, rows, min = -2, max = 2, caption, emptyText = '', lang } = {}) {
  const levels = 5;
  const level = (position) => Math.round(((position - min) / Math.max(1, max - min)) * (levels - 1));
  const groupRow = el('tr', {}, el('td'));
  for (const group of groups) {
    groupRow.appendChild(el('th', { class: 'heatmap__group', text: group.label, attrs: { scope: 'colgroup', colspan: group.span, lang } }));
  }
  const columnRow = el('tr', {}, el('td'));
  for (const column of columns) {
    columnRow.appendChild(el('th', { class: 'heatmap__column', text: column.label, attrs: { scope: 'col', lang } }));
  }
  const body = el('tbody');
  for (const row of rows) {
    const line = el('tr', {}, el('th', { class: 'heatmap__row', text: row.label, attrs: { scope: 'row' } }));
    row.cells.forEach((position, index) => {
      const empty = position === null || position === undefined;
      line.appendChild(el('td', {
        class: `heatmap__cell${empty ? ' heatmap__cell--empty' : ` heatmap__cell--l${level(position)}`}`,
        text: empty ? '' : signed(position),
        data: { position: empty ? undefined : position },
        attrs: { 'aria-label': `${row.label}, ${columns[index].label}: ${empty ? emptyText : signed(position)}` },
      }));
    });
    body.appendChild(line);
  }
  return el('figure', { class: 'chart chart--heatmap' },
    el('div', { class: 'heatmap__scroll' },
      el('table', { class: 'heatmap', testid: 'heat-map' },
        el('caption', { class: 'chart__caption', text: caption || '' }),
        el('thead', {}, groupRow, columnRow), body)));
}

/**
 * Two rounds on one scale, as a dumbbell: a row per partner (and one for the group's mean) with their position in
 * the earlier round, an arrow to the later one, and the group's spread band of each round under the axis.
 * rows: [{label, from, to}] (null where a partner gave no position in a round); from/to: {mean, spread} or null.
 */
export function dumbbellChart({ rows, from, to, min = -3, max = 3, left, right, fromLabel, toLabel, lang } = {}) {
  const width = 480;
  const padX = 150;
  const rowHeight = 26;
  const top = 16;
  const all = [...rows, { label: t('review.compare.group'), from: from ? from.mean : null, to: to ? to.mean : null, group: true }];
  const axisY = top + all.length * rowHeight + 6;
  const height = axisY + 70;
  const x = (position) => padX + ((position - min) / (max - min)) * (width - padX - 16);
  const chart = svg('svg', {
    class: 'dumbbell-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    preserveAspectRatio: 'xMidYMid meet', 'data-testid': 'dumbbell-chart',
  });
  chart.appendChild(svg('title', {}, t('review.compare.chartSummary', fromLabel, from ? formatNumber(from.mean, { sign: true }) : '–',
    from ? formatNumber(from.spread) : '–', toLabel, to ? formatNumber(to.mean, { sign: true }) : '–', to ? formatNumber(to.spread) : '–')));
  for (let p = min; p <= max; p += 1) {
    chart.appendChild(svg('line', { class: 'dumbbell-chart__grid', x1: x(p), x2: x(p), y1: top - 6, y2: axisY }));
    chart.appendChild(svg('text', { class: 'scale-chart__tick', x: x(p), y: axisY + 18, 'text-anchor': 'middle' }, signed(p)));
  }
  all.forEach((row, index) => {
    const y = top + index * rowHeight + rowHeight / 2;
    const group = svg('g', { class: `dumbbell-chart__row${row.group ? ' dumbbell-chart__row--group' : ''}`, 'data-testid': 'dumbbell-row' });
    group.appendChild(svg('text', { class: 'dumbbell-chart__label', x: padX - 10, y: y + 5, 'text-anchor': 'end' }, row.label));
    if (row.from !== null && row.from !== undefined && row.to !== null && row.to !== undefined) {
      group.appendChild(svg('line', { class: 'dumbbell-chart__link', x1: x(row.from), x2: x(row.to), y1: y, y2: y }));
    }
    if (row.from !== null && row.from !== undefined) {
      group.appendChild(svg('circle', { class: 'dumbbell-chart__from', cx: x(row.from), cy: y, r: 6 }));
    }
    if (row.to !== null && row.to !== undefined) {
      group.appendChild(svg('circle', { class: 'dumbbell-chart__to', cx: x(row.to), cy: y, r: 7 }));
    }
    chart.appendChild(group);
  });
  chart.appendChild(svg('line', { class: 'scale-chart__axis', x1: x(min), x2: x(max), y1: axisY, y2: axisY }));
  [[from, 'from', 30], [to, 'to', 44]].forEach(([figures, kind, offset]) => {
    if (!figures) return;
    const a = Math.max(min, figures.mean - figures.spread);
    const b = Math.min(max, figures.mean + figures.spread);
    chart.appendChild(svg('rect', {
      class: `dumbbell-chart__spread dumbbell-chart__spread--${kind}`, 'data-testid': `dumbbell-spread-${kind}`,
      x: x(a), y: axisY + offset, width: Math.max(2, x(b) - x(a)), height: 8, rx: 4,
    }));
  });
  const legend = el('p', { class: 'dumbbell-legend' },
    el('span', { class: 'dumbbell-legend__from', text: fromLabel }), ' → ',
    el('span', { class: 'dumbbell-legend__to', text: toLabel }));
  const poles = el('div', { class: 'scale-chart__poles' },
    el('span', { class: 'scale-chart__pole scale-chart__pole--left', text: left || '', attrs: { lang } }),
    el('span', { class: 'scale-chart__pole scale-chart__pole--right', text: right || '', attrs: { lang } }));
  return el('figure', { class: 'chart chart--dumbbell' }, poles, chart, legend);
}
