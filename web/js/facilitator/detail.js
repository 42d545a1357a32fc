// One collaboration: its partners and their invitations, their shared answers, rooms, links to the
// summaries, and settings (name and description, export, delete).
import { el, clear } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { showError, markField, busy, announce, updateTitle } from './common.js';
import { setupPartners, renderPartners } from './partners.js';
import { renderAnswers } from './answers.js';
import { setupRooms, loadRooms, roomCount } from './rooms.js';
import { downloadExport } from './export.js';
import { renderSummaries } from './summaries.js';
import { setupRounds } from './rounds.js';

const state = { id: null, detail: null, answers: [] };

export async function showDetail(id) {
  state.id = id;
  await reload();
  document.getElementById('detail-view').hidden = false;
  setupPartners(state, { reload: refresh });
  await setupRounds(state, { reload: refresh });
  setupRooms(id);
  setupSettings();
  document.getElementById('refresh').addEventListener('click', async () => {
    await Promise.all([refresh(), loadRooms()]);
    announce('fac.refreshed');
  });
  document.addEventListener('samenspraak:langchange', render);
  await loadRooms();
  document.getElementById('detail-title').focus();
}

/** Fetches the collaboration and the partners' shared answers again and shows them. */
async function reload() {
  const [detail, answers] = await Promise.all([
    facilitatorApi.collaboration(state.id),
    facilitatorApi.answers(state.id),
  ]);
  state.detail = detail;
  state.answers = answers;
  render();
}

async function refresh() {
  const problem = document.getElementById('fac-problem');
  try {
    await reload();
    problem.hidden = true;
  } catch (error) {
    showError(problem, error);
    problem.hidden = false;
  }
}

function render() {
  const { detail } = state;
  if (!detail) return;
  document.getElementById('detail-title').textContent = detail.name;
  document.getElementById('detail-description').textContent = detail.description || '';
  updateTitle(detail.name);
  renderPartners(detail);
  renderAnswers(state.answers, detail);
  renderSummaries(detail);
}

function setupSettings() {
  const form = document.getElementById('edit-form');
  form.elements.name.value = state.detail.name;
  form.elements.description.value = state.detail.description || '';
  form.addEventListener('submit', save);
  document.getElementById('export-button').addEventListener('click', () => downloadExport(state.id, state.detail.name));

  const start = document.getElementById('delete-button');
  const confirm = document.getElementById('delete-confirm');
  start.addEventListener('click', () => {
    fillDeleteConfirm();
    confirm.hidden = false;
    start.setAttribute('aria-expanded', 'true');
    start.hidden = true;
    document.getElementById('delete-confirm-title').focus();
  });
  document.getElementById('delete-cancel').addEventListener('click', () => {
    confirm.hidden = true;
    start.hidden = false;
    start.setAttribute('aria-expanded', 'false');
    showError(document.getElementById('delete-error'), null);
    start.focus();
  });
  document.getElementById('delete-confirm-button').addEventListener('click', erase);
}

async function save(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const error = document.getElementById('edit-error');
  const status = document.getElementById('edit-status');
  showError(error, null);
  showError(status, null);
  markField(form, null);
  const name = form.elements.name.value.trim();
  if (!name) {
    showError(error, 'fac.collaboration.nameRequired');
    markField(form, { field: 'name' });
    return;
  }
  await busy(form, async () => {
    try {
      state.detail = await facilitatorApi.updateCollaboration(state.id, name, form.elements.description.value.trim());
      render();
      tText(status, 'fac.settings.saved');
    } catch (problem) {
      showError(error, problem);
      markField(form, problem);
    }
  });
}

/** Says exactly what deleting erases: the collaboration, its partners' links, conversations and answers, rooms. */
function fillDeleteConfirm() {
  const { detail } = state;
  tText(document.getElementById('delete-confirm-title'), 'fac.delete.question', detail.name);
  const invitations = detail.invitations.length;
  const started = state.answers.length;
  const rooms = roomCount();
  const list = clear(document.getElementById('delete-confirm-list'));
  const items = [
    t('fac.delete.nameAndDescription'),
    t(invitations === 1 ? 'fac.delete.invitationsOne' : 'fac.delete.invitations', invitations),
    t(started === 1 ? 'fac.delete.conversationsOne' : 'fac.delete.conversations', started),
    t(rooms === 1 ? 'fac.delete.roomsOne' : 'fac.delete.rooms', rooms),
  ];
  for (const item of items) list.appendChild(el('li', { text: item }));
}

async function erase() {
  const button = document.getElementById('delete-confirm-button');
  const error = document.getElementById('delete-error');
  showError(error, null);
  button.disabled = true;
  try {
    await facilitatorApi.deleteCollaboration(state.id);
    window.location.assign('/facilitator.html');
  } catch (problem) {
    showError(error, problem);
    button.disabled = false;
  }
}
