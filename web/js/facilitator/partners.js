// The partners of a collaboration: each invitation with its state, a new link or withdrawing it, and the
// form to invite a partner. A new link is shown once, with a copy button.
import { el, clear } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { dialogueTitle, fillDialogueSelect, formatDate, showError, markField, busy, announce } from './common.js';
import { copyFrom } from './copy.js';

let context = null;
let confirming = null;

/** state: {id, detail}; actions.reload() fetches the collaboration again. */
export function setupPartners(state, actions) {
  context = { state, actions };
  const form = document.getElementById('invite-form');
  fillDialogueSelect(form.elements.dialogueId, 'solo');
  document.addEventListener('samenspraak:langchange', () => fillDialogueSelect(form.elements.dialogueId, 'solo'));
  form.addEventListener('submit', invite);
  const input = document.getElementById('link-url');
  input.addEventListener('focus', () => input.select());
  document.getElementById('link-copy').addEventListener('click',
    () => copyFrom(input, document.getElementById('link-status')));
  document.getElementById('link-close').addEventListener('click', closeLink);
}

const STATES = ['not-opened', 'in-progress', 'done', 'revoked', 'expired'];

function stateCell(invitation) {
  const state = STATES.includes(invitation.state) ? invitation.state : 'not-opened';
  const badge = el('span', { class: `badge badge--${state}`, testid: `state-${invitation.id}`, data: { state } });
  if (state === 'in-progress' && invitation.total) {
    tText(badge, 'fac.state.in-progress.steps', invitation.current, invitation.total);
  } else {
    tText(badge, `fac.state.${state}`);
  }
  const cell = el('td', { class: 'partner__state', data: { label: t('fac.partners.state') } }, badge);
  if (state === 'in-progress' && invitation.total) {
    const bar = el('progress', { class: 'partner__progress', attrs: { max: invitation.total, 'aria-hidden': 'true' } });
    bar.value = Math.min(invitation.current, invitation.total);
    cell.appendChild(bar);
  }
  let meta = null;
  if (state === 'revoked') meta = t('fac.partners.revokedOn', formatDate(invitation.revokedAt));
  else if (state === 'expired') meta = t('fac.partners.expiredOn', formatDate(invitation.expiresAt));
  else if (state !== 'done') meta = t('fac.partners.validUntil', formatDate(invitation.expiresAt));
  if (meta) cell.appendChild(el('span', { class: 'partner__meta', text: meta }));
  return cell;
}

function actionsCell(invitation) {
  const cell = el('td', { class: 'partner__actions', data: { label: t('fac.partners.actions') } });
  const name = invitation.name;
  if (confirming === invitation.id) {
    const question = el('p', { class: 'confirm__title', attrs: { tabindex: '-1' }, testid: `revoke-question-${invitation.id}` });
    tText(question, 'fac.revoke.question', name);
    cell.append(el('div', { class: 'confirm confirm--inline' },
      question,
      el('div', { class: 'confirm__actions' },
        button('button button--danger button--small', 'fac.revoke.confirm', `revoke-confirm-${invitation.id}`,
          () => revoke(invitation)),
        button('button button--secondary button--small', 'fac.revoke.cancel', `revoke-cancel-${invitation.id}`, () => {
          confirming = null;
          renderPartners(context.state.detail);
          document.querySelector(`[data-testid="revoke-${CSS.escape(invitation.id)}"]`)?.focus();
        }))));
    return cell;
  }
  if (invitation.state === 'revoked' || invitation.state === 'expired') {
    const hint = el('span', { class: 'partner__meta' });
    tText(hint, 'fac.partners.inviteAgain');
    cell.append(hint);
    return cell;
  }
  const link = button('button button--secondary button--small', 'fac.partners.newLink', `new-link-${invitation.id}`,
    () => newLink(invitation));
  link.setAttribute('aria-label', t('fac.partners.newLinkLabel', name));
  const withdraw = button('button button--quiet button--small', 'fac.partners.revoke', `revoke-${invitation.id}`, () => {
    confirming = invitation.id;
    renderPartners(context.state.detail);
    document.querySelector(`[data-testid="revoke-question-${CSS.escape(invitation.id)}"]`)?.focus();
  });
  withdraw.setAttribute('aria-label', t('fac.partners.revokeLabel', name));
  cell.append(link, withdraw);
  return cell;
}

function button(className, key, testid, onClick) {
  const node = el('button', { class: className, testid, attrs: { type: 'button' }, on: { click: onClick } });
  tText(node, key);
  return node;
}

/** The partners table and a line that says who has prepared. */
export function renderPartners(detail) {
  const invitations = detail.invitations || [];
  const rows = clear(document.getElementById('partner-rows'));
  document.querySelector('[data-testid="partner-table"]').hidden = invitations.length === 0;
  document.getElementById('partners-empty').hidden = invitations.length > 0;
  for (const invitation of invitations) {
    const who = el('td', { class: 'partner__who', data: { label: t('fac.partners.name') } },
      el('div', { class: 'partner__who-inner' },
        el('span', { class: 'partner__name', testid: `partner-name-${invitation.id}`, text: invitation.name }),
        invitation.organisation ? el('span', { class: 'partner__organisation', text: invitation.organisation }) : null,
        invitation.role ? el('span', { class: 'partner__role', text: invitation.role }) : null));
    rows.appendChild(el('tr', { testid: `partner-row-${invitation.id}`, data: { state: invitation.state } },
      who,
      el('td', {
        text: invitation.round ? t('fac.partners.round', dialogueTitle(invitation.dialogueId), invitation.round)
          : dialogueTitle(invitation.dialogueId),
        testid: `partner-dialogue-${invitation.id}`,
        data: { label: t('fac.partners.dialogue') },
      }),
      stateCell(invitation),
      actionsCell(invitation)));
  }
  renderSummary(invitations);
}

function renderSummary(invitations) {
  let summary = document.getElementById('partners-summary');
  if (!summary) {
    summary = el('p', { id: 'partners-summary', class: 'partners-summary', testid: 'partners-summary' });
    document.getElementById('partners-empty').after(summary);
  }
  const active = invitations.filter((i) => i.state !== 'revoked');
  const done = active.filter((i) => i.state === 'done').length;
  const busyCount = active.filter((i) => i.state === 'in-progress').length;
  summary.hidden = active.length === 0;
  if (done === 0 && busyCount === 0) tText(summary, 'fac.partners.summaryNone');
  else tText(summary, 'fac.partners.summary', done, active.length, busyCount);
}

async function invite(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const error = document.getElementById('invite-error');
  showError(error, null);
  markField(form, null);
  const body = {
    name: form.elements.name.value.trim(),
    organisation: form.elements.organisation.value.trim(),
    role: form.elements.role.value.trim(),
    dialogueId: form.elements.dialogueId.value,
  };
  if (!body.name) {
    showError(error, 'fac.invite.nameRequired');
    markField(form, { field: 'name' });
    return;
  }
  if (!body.dialogueId) {
    showError(error, 'fac.invite.dialogueRequired');
    markField(form, { field: 'dialogueId' });
    return;
  }
  await busy(form, async () => {
    try {
      const created = await facilitatorApi.invite(context.state.id, body);
      form.elements.name.value = '';
      form.elements.organisation.value = '';
      form.elements.role.value = '';
      await context.actions.reload();
      showLink(created, body.name, 'fac.link.newInvitation');
    } catch (problem) {
      showError(error, problem);
      markField(form, problem);
    }
  });
}

async function newLink(invitation) {
  const trigger = document.querySelector(`[data-testid="new-link-${CSS.escape(invitation.id)}"]`);
  if (trigger) trigger.disabled = true;
  try {
    const created = await facilitatorApi.newLink(context.state.id, invitation.id);
    await context.actions.reload();
    showLink(created, invitation.name, 'fac.link.replaced');
  } catch (problem) {
    if (trigger) trigger.disabled = false;
    const error = document.getElementById('invite-error');
    showError(error, problem);
  }
}

async function revoke(invitation) {
  try {
    await facilitatorApi.revoke(context.state.id, invitation.id);
    confirming = null;
    const panel = document.getElementById('link-panel');
    if (panel.dataset.invitation === invitation.id) closeLink();
    await context.actions.reload();
    announce('fac.revoke.done', invitation.name);
    document.getElementById('partners-title').focus();
  } catch (problem) {
    confirming = null;
    renderPartners(context.state.detail);
    showError(document.getElementById('invite-error'), problem);
  }
}

/** The link of an invitation, shown once: the server keeps only its hash. */
function showLink(created, name, explainKey) {
  const panel = document.getElementById('link-panel');
  panel.dataset.invitation = created.id;
  tText(document.getElementById('link-title'), 'fac.link.title', name);
  tText(document.getElementById('link-explain'), explainKey, name);
  const input = document.getElementById('link-url');
  input.value = created.url;
  showError(document.getElementById('link-status'), null);
  panel.hidden = false;
  panel.focus();
}

function closeLink() {
  const panel = document.getElementById('link-panel');
  panel.hidden = true;
  delete panel.dataset.invitation;
  document.getElementById('link-url').value = '';
  document.getElementById('invite-name').focus();
}
