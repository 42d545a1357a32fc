// Per question: the themes partners share, apart from those only one partner voiced, with the agreement
// figure; for steps with options the tally or the ranking, and for a scale the positions.
import { el } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { themeList } from './themes.js';
import { disclosure } from './quotes.js';
import { tallyChart, rankingChart } from '../shared/charts.js';
import { scaleFigure, shareBar, percent } from './figures.js';

export function questionId(stepId) {
  return `question-${stepId}`;
}

export function questionBlock(question) {
  const block = el('section', {
    class: 'summary-question', id: questionId(question.stepId), testid: questionId(question.stepId),
    attrs: { 'aria-labelledby': `${questionId(question.stepId)}-title` },
  }, el('h3', { id: `${questionId(question.stepId)}-title`, class: 'summary-question__prompt', text: question.prompt }),
  tText(el('p', { class: 'summary-question__meta' }), question.partners === 1 ? 'review.question.partnersOne'
    : 'review.question.partners', question.partners));
  if (question.sharedThemes) {
    block.append(...themes(question));
  } else if (question.tally) {
    block.appendChild(tallyChart(question.tally, { respondents: question.partners }));
  } else if (question.ranking) {
    block.appendChild(rankingChart(question.ranking, { count: question.ranking.length }));
  } else if (question.scale) {
    block.appendChild(scaleFigure(question.scale, { keepOpen: `table:${question.stepId}` }));
  }
  return block;
}

function themes(question) {
  const voicing = Math.round(question.agreement * question.partners);
  const agreement = el('p', { class: 'agreement-figure', testid: 'agreement' },
    tText(el('span', { class: 'agreement-figure__text' }), 'review.question.agreement',
      percent(question.agreement), voicing, question.partners),
    shareBar(question.agreement));
  const nodes = [agreement];
  if (question.sharedThemes.length) {
    nodes.push(tText(el('h4', { class: 'themes__title' }), 'review.themes.shared'),
      themeList(question.sharedThemes, 'shared-themes'));
  } else {
    nodes.push(tText(el('p', { class: 'status', testid: 'no-shared-themes' }), 'review.themes.noneShared'));
  }
  if (question.singleVoiceThemes.length) {
    nodes.push(disclosure(
      el('span', { text: t('review.themes.single', question.singleVoiceThemes.length) }),
      themeList(question.singleVoiceThemes, 'single-themes'),
      { testid: 'single-voice', keepOpen: `single:${question.stepId}` }));
  }
  return nodes;
}
