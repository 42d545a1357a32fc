// What everyone sees once the facilitator reveals a step: the figures that fit the step's type and the
// answers themselves, with names only when the facilitator chose so.
import { el } from '../shared/dom.js';
import { tText } from '../shared/i18n.js';
import { tallyChart, scaleChart, rankingChart } from '../shared/charts.js';

/** Who gave an answer, when names are shown: "Anna (Gemeente)". */
function speaker(answer) {
  if (!answer.name) return null;
  return answer.organisation ? `${answer.name} (${answer.organisation})` : answer.name;
}

/** A list of answers; `testid` names the list. */
export function answerList(answers, { lang, testid = 'revealed-answers' } = {}) {
  const list = el('ul', { class: 'answers', testid });
  for (const answer of answers) {
    const who = speaker(answer);
    list.appendChild(el('li', { class: 'answer', testid: 'revealed-answer', data: { participant: answer.participantId } },
      who ? el('span', { class: 'answer__who', text: who }) : null,
      el('span', { class: 'answer__text', text: answer.display, attrs: { lang } })));
  }
  return list;
}

/**
 * The revealed part of a room view, or null while answers are being collected.
 * options: { lang, heading (h2/h3), collapseAnswers: show the answers under a disclosure when a chart says it all }
 */
export function renderRevealed(view, { lang, heading = 'h2', collapseAnswers = true } = {}) {
  const { step, revealed } = view;
  if (view.phase !== 'revealed' || !revealed || !step) return null;
  const answers = revealed.answers || [];
  const section = el('section', { class: 'revealed', testid: 'revealed', attrs: { 'aria-labelledby': 'revealed-title' } });
  section.appendChild(tText(el(heading, { id: 'revealed-title', class: 'revealed__title' }), 'room.revealed.title'));
  section.appendChild(tText(el('p', { class: 'revealed__names hint', testid: 'revealed-names' }),
    view.revealNames ? 'room.revealed.withNames' : 'room.revealed.withoutNames'));

  let chart = null;
  if (Array.isArray(revealed.tally)) {
    chart = tallyChart(revealed.tally, { respondents: answers.length, lang });
  } else if (revealed.scale) {
    chart = scaleChart(revealed.scale, { min: step.min ?? -3, max: step.max ?? 3, left: step.poles?.left, right: step.poles?.right, lang });
  } else if (Array.isArray(revealed.ranking)) {
    chart = rankingChart(revealed.ranking, { count: (step.options || []).length, lang });
  }
  if (chart) section.appendChild(chart);

  if (!answers.length) {
    section.appendChild(tText(el('p', { class: 'status', testid: 'revealed-empty' }), 'room.revealed.none'));
    return section;
  }
  const list = answerList(answers, { lang });
  if (chart && collapseAnswers) {
    section.appendChild(el('details', { class: 'revealed__details' },
      tText(el('summary', { testid: 'revealed-answers-toggle' }), 'room.revealed.showAnswers', answers.length), list));
  } else {
    section.appendChild(list);
  }
  return section;
}
