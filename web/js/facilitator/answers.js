// Each partner's shared answers, one expandable block per partner. Private answers never reach this page:
// the server leaves them out.
import { el, clear } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { dialogueTitle } from './common.js';

const NOT_ANSWERS = ['say', 'end', 'recap'];
const open = new Set();

export function renderAnswers(partners, detail) {
  const list = document.getElementById('answer-list');
  // Keep open what the facilitator opened, across refreshes.
  for (const details of list.querySelectorAll('details[data-invitation]')) {
    if (details.open) open.add(details.dataset.invitation);
    else open.delete(details.dataset.invitation);
  }
  clear(list);
  document.getElementById('answers-empty').hidden = partners.length > 0;
  const order = new Map((detail.invitations || []).map((invitation, index) => [invitation.id, index]));
  const sorted = [...partners].sort((a, b) => (order.get(a.invitationId) ?? 1e9) - (order.get(b.invitationId) ?? 1e9));
  for (const partner of sorted) list.appendChild(partnerBlock(partner));
}

function partnerBlock(partner) {
  const answers = (partner.answers || []).filter((a) => !NOT_ANSWERS.includes(a.type) && a.value !== null && a.value !== undefined);
  const count = el('span', { class: 'answers__count' });
  tText(count, answers.length === 1 ? 'fac.answers.countOne' : 'fac.answers.count', answers.length);
  const state = el('span', { class: `badge badge--${partner.state}` });
  tText(state, `fac.state.${partner.state}`);
  const who = [partner.name, partner.organisation].filter(Boolean).join(' · ');
  const summary = el('summary', { class: 'answers__summary', testid: `answers-toggle-${partner.invitationId}` },
    el('span', { class: 'answers__who', text: who || t('fac.answers.anonymous') }),
    state,
    count);
  const body = el('div', { class: 'answers__body' });
  const facts = [partner.role, dialogueTitle(partner.dialogueId)].filter(Boolean).join(' · ');
  if (facts) body.appendChild(el('p', { class: 'hint', text: facts }));
  if (!answers.length) {
    body.appendChild(tText(el('p', { class: 'status' }), 'fac.answers.none'));
  } else {
    const ol = el('ol', { class: 'answers__list' });
    for (const answer of answers) {
      ol.appendChild(el('li', { class: 'answer', testid: 'shared-answer' },
        el('p', { class: 'answer__prompt', text: answer.prompt || answer.nodeId }),
        el('p', { class: 'answer__value', text: answer.display })));
    }
    body.appendChild(ol);
  }
  const details = el('details', {
    class: 'answers__partner',
    testid: `answers-${partner.invitationId}`,
    data: { invitation: partner.invitationId },
  }, summary, body);
  details.open = open.has(partner.invitationId);
  return details;
}
