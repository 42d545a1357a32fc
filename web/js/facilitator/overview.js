// The overview: the facilitator's own collaborations, a form for a new one, and the facilitators.
import { el, clear } from '../shared/dom.js';
import { t, tText } from '../shared/i18n.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { formatDate, showError, markField, busy, announce, updateTitle } from './common.js';

const state = { collaborations: [], facilitators: [] };

function detailUrl(id) {
  return `/facilitator.html?collaboration=${encodeURIComponent(id)}`;
}

export async function showOverview() {
  document.getElementById('overview-view').hidden = false;
  updateTitle('');
  document.getElementById('create-form').addEventListener('submit', create);
  document.getElementById('facilitator-form').addEventListener('submit', addFacilitator);
  document.addEventListener('samenspraak:langchange', () => {
    renderCollaborations();
    renderFacilitators();
  });
  const [collaborations, facilitators] = await Promise.all([
    facilitatorApi.collaborations(),
    facilitatorApi.facilitators(),
  ]);
  state.collaborations = collaborations;
  state.facilitators = facilitators;
  renderCollaborations();
  renderFacilitators();
}

function renderCollaborations() {
  const list = document.getElementById('collaboration-list');
  clear(list);
  document.getElementById('collaborations-empty').hidden = state.collaborations.length > 0;
  // Most recently changed first.
  const sorted = [...state.collaborations].sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)));
  for (const collaboration of sorted) {
    const meta = [
      t(collaboration.partners === 1 ? 'fac.collaborations.partnersOne' : 'fac.collaborations.partners', collaboration.partners),
      t('fac.collaborations.updated', formatDate(collaboration.updatedAt)),
    ].join(' · ');
    list.appendChild(el('li', { class: 'item', testid: 'collaboration-item' },
      el('div', { class: 'item__text' },
        el('a', {
          class: 'item__title',
          testid: `collaboration-link-${collaboration.id}`,
          attrs: { href: detailUrl(collaboration.id) },
          text: collaboration.name,
        }),
        collaboration.description
          ? el('span', { class: 'item__description', text: collaboration.description }) : null,
        el('span', { class: 'item__meta', text: meta }))));
  }
}

async function create(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const error = document.getElementById('create-error');
  showError(error, null);
  markField(form, null);
  const name = form.elements.name.value.trim();
  if (!name) {
    showError(error, 'fac.collaboration.nameRequired');
    markField(form, { field: 'name' });
    return;
  }
  await busy(form, async () => {
    try {
      const created = await facilitatorApi.createCollaboration(name, form.elements.description.value.trim());
      window.location.assign(detailUrl(created.id));
    } catch (problem) {
      showError(error, problem);
      markField(form, problem);
    }
  });
}

function renderFacilitators() {
  const rows = document.getElementById('facilitator-rows');
  clear(rows);
  for (const facilitator of state.facilitators) {
    const added = facilitator.createdBy
      ? t('fac.facilitators.addedBy', formatDate(facilitator.createdAt), facilitator.createdBy)
      : formatDate(facilitator.createdAt);
    rows.appendChild(el('tr', { testid: `facilitator-row-${facilitator.username}` },
      el('td', { text: facilitator.displayName || facilitator.username }),
      el('td', { class: 'mono', text: facilitator.username }),
      el('td', { text: added })));
  }
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,59}$/;
const MIN_PASSWORD = 12;

async function addFacilitator(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const error = document.getElementById('facilitator-error');
  const status = document.getElementById('facilitator-status');
  showError(error, null);
  showError(status, null);
  markField(form, null);
  const username = form.elements.username.value.trim();
  const displayName = form.elements.displayName.value.trim();
  const password = form.elements.password.value;
  if (!USERNAME.test(username)) {
    showError(error, 'fac.facilitators.usernameInvalid');
    markField(form, { field: 'username' });
    return;
  }
  if (password.length < MIN_PASSWORD) {
    showError(error, 'fac.facilitators.passwordTooShort', MIN_PASSWORD);
    markField(form, { field: 'password' });
    return;
  }
  await busy(form, async () => {
    try {
      const created = await facilitatorApi.addFacilitator(username, displayName, password);
      state.facilitators = [...state.facilitators, created];
      renderFacilitators();
      form.reset();
      tText(status, 'fac.facilitators.addedDone', created.displayName || created.username);
      announce('fac.facilitators.addedDone', created.displayName || created.username);
    } catch (problem) {
      showError(error, problem);
      markField(form, problem);
    }
  });
}
