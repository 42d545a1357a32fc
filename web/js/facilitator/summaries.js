// Links to the review page of each dialogue's summary, with how many partners were invited to it.
import { el, clear } from '../shared/dom.js';
import { t, tText, tAttr, pick } from '../shared/i18n.js';
import { shared } from './common.js';

function reviewUrl(collaborationId, dialogueId) {
  return `/review.html?collaboration=${encodeURIComponent(collaborationId)}&dialogue=${encodeURIComponent(dialogueId)}`;
}

export function renderSummaries(detail) {
  const list = clear(document.getElementById('summary-list'));
  for (const dialogue of shared.dialogues) {
    const invited = (detail.invitations || []).filter((invitation) => invitation.dialogueId === dialogue.id).length;
    const title = pick(dialogue.title);
    const link = el('a', {
      class: 'button button--secondary button--small',
      testid: `summary-link-${dialogue.id}`,
      attrs: { href: reviewUrl(detail.id, dialogue.id) },
    });
    tText(link, 'fac.summaries.open');
    tAttr(link, 'aria-label', 'fac.summaries.openLabel', title);
    list.appendChild(el('li', { class: 'item', testid: `summary-${dialogue.id}` },
      el('div', { class: 'item__text' },
        el('span', { class: 'item__title', text: title }),
        el('span', { class: 'item__meta', text: t(invited === 1 ? 'fac.summaries.invitedOne' : 'fac.summaries.invited', invited) })),
      el('div', { class: 'item__actions' }, link)));
  }
}
