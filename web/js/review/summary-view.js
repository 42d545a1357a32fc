// Lays out a summary: a section per part the dialogue has (ambition, visievierluik, brengen-halen,
// paradoxes), the themes per question, and the open issues; with a list of links to the sections.
// Disclosures the facilitator opened stay open when the summary is drawn again (after saving, or in
// another language).
import { el, clear } from '../shared/dom.js';
import { tText } from '../shared/i18n.js';
import { questionBlock } from './questions.js';
import { bringTakeSection } from './bring-take.js';
import { paradoxSection, paradoxSteps } from './paradoxes.js';
import { visionSection } from './vision.js';
import { ambitionSection } from './ambition.js';
import { issuesSection } from './issues.js';
import { scanSection, scanSteps } from './scan.js';

function section(id, titleKey, content) {
  return el('section', { class: 'card review-section', id, testid: id, attrs: { 'aria-labelledby': `${id}-title` } },
    tText(el('h2', { id: `${id}-title`, attrs: { tabindex: '-1' } }), titleKey), ...content);
}

function sectionsOf(summary, context) {
  const sections = [];
  if (summary.vision) {
    sections.push(section('sec-ambition', 'review.ambition.title', ambitionSection(summary.vision.ambition)),
      section('sec-vision', 'review.vision.title', visionSection(summary.vision)));
  }
  if (summary.bringTake) sections.push(section('sec-bring-take', 'review.bringTake.title', bringTakeSection(summary.bringTake)));
  if (summary.paradoxes) sections.push(section('sec-paradoxes', 'review.paradoxes.title', paradoxSection(summary.paradoxes)));
  if (summary.scan) sections.push(section('sec-scan', 'review.scan.title', scanSection(summary.scan, context)));
  const shownElsewhere = new Set([...paradoxSteps(summary.paradoxes), ...scanSteps(summary.scan)]);
  const questions = summary.questions.filter((q) => !shownElsewhere.has(q.stepId));
  sections.push(section('sec-questions', 'review.questions.title', [
    tText(el('p', { class: 'hint' }), 'review.questions.intro'),
    ...questions.map(questionBlock)]));
  if (summary.bringTake || summary.openIssues.length) {
    sections.push(section('sec-issues', 'review.issues.title', issuesSection(summary.openIssues)));
  }
  return sections;
}

/** context: {id, detail, lang}, the collaboration, for the scan's one-step room or invitations. */
export function renderSummary(summary, container, nav, context) {
  const open = new Set([...container.querySelectorAll('details[open][data-keep-open]')].map((d) => d.dataset.keepOpen));
  const sections = sectionsOf(summary, context);
  clear(container).append(...sections);
  for (const details of container.querySelectorAll('details[data-keep-open]')) {
    details.open = open.has(details.dataset.keepOpen);
  }
  clear(nav).append(...sections.map((s) => el('a', { attrs: { href: `#${s.id}` }, text: s.querySelector('h2').textContent })));
}
