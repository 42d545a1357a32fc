// The rounds of a collaboration's dialogues, and the form to start a new one: a dialogue held again, with new
// invitations and rooms (they go into the dialogue's latest round), where partners see their answers of the
// previous round as a starting point.
import { el, clear } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { dialogueTitle, fillDialogueSelect, formatDate, showError, markField, busy, announce } from './common.js';

let context = null;

/** state: {id}; actions.reload() fetches the collaboration again (its invitations show their rounds). */
export function setupRounds(state, actions) {
  context = { state, actions, rounds: [] };
  const form = document.getElementById('round-form');
  fillDialogueSelect(form.elements.dialogueId, null);
  document.addEventListener('samenspraak:langchange', () => {
    fillDialogueSelect(form.elements.dialogueId, null);
    renderRounds();
  });
  form.addEventListener('submit', openRound);
  return loadRounds();
}

async function loadRounds() {
  context.rounds = await facilitatorApi.rounds(context.state.id);
  renderRounds();
}

function renderRounds() {
  const list = clear(document.getElementById('round-list'));
  if (context.rounds.length === 0) {
    list.appendChild(tText(el('li', { class: 'hint', testid: 'round-empty' }), 'fac.rounds.empty'));
    return;
  }
  for (const round of context.rounds) {
    const title = dialogueTitle(round.dialogueId);
    const text = round.label
      ? t('fac.rounds.itemLabel', round.number, round.label, `${title}, ${formatDate(round.openedAt)}`)
      : t('fac.rounds.item', round.number, `${title}, ${formatDate(round.openedAt)}`);
    list.appendChild(el('li', { testid: `round-${round.id}`, text }));
  }
}

async function openRound(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const error = document.getElementById('round-error');
  showError(error, null);
  markField(form, null);
  const dialogueId = form.elements.dialogueId.value;
  const label = form.elements.label.value.trim();
  await busy(form, async () => {
    try {
      await facilitatorApi.openRound(context.state.id, dialogueId, label);
      form.elements.label.value = '';
      await loadRounds();
      await context.actions.reload();
      const opened = context.rounds.filter((r) => r.dialogueId === dialogueId).pop();
      announce('fac.rounds.started', opened ? opened.number : '', dialogueTitle(dialogueId));
    } catch (problem) {
      showError(error, problem);
      markField(form, problem);
    }
  });
}
