// Rooms: live group sessions of a dialogue. Open one, and go to its console or its shared screen.
import { el, clear } from '../shared/dom.js';
import { t, tText, tAttr, currentLang } from '../shared/i18n.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { joinUrl } from '../shared/join-url.js';
import { dialogueTitle, fillDialogueSelect, showError, busy, announce } from './common.js';

let collaborationId = null;
let rooms = [];

export function setupRooms(id) {
  collaborationId = id;
  const form = document.getElementById('room-form');
  fillDialogueSelect(form.elements.dialogueId, 'group');
  form.elements.language.value = currentLang();
  document.addEventListener('samenspraak:langchange', () => {
    fillDialogueSelect(form.elements.dialogueId, 'group');
    render();
  });
  form.addEventListener('submit', openRoom);
}

export function roomCount() {
  return rooms.length;
}

export async function loadRooms() {
  try {
    rooms = await facilitatorApi.rooms(collaborationId);
    render();
  } catch (problem) {
    showError(document.getElementById('room-error'), problem);
  }
}

function render() {
  const list = clear(document.getElementById('room-list'));
  document.getElementById('rooms-empty').hidden = rooms.length > 0;
  // Newest first.
  for (const room of [...rooms].reverse()) {
    const title = dialogueTitle(room.dialogueId);
    const open = room.status === 'open';
    const status = el('span', { class: `badge badge--room-${open ? 'open' : 'closed'}` });
    tText(status, open ? 'fac.rooms.statusOpen' : 'fac.rooms.statusClosed');
    const facts = [];
    if (open && room.joinCode) facts.push(t('fac.rooms.code', room.joinCode));
    facts.push(t((room.participants || []).length === 1 ? 'fac.rooms.participantsOne' : 'fac.rooms.participants',
      (room.participants || []).length));
    facts.push(room.language === 'en' ? t('lang.en') : t('lang.nl'));
    const consoleLink = el('a', {
      class: 'button button--primary button--small',
      testid: `room-console-${room.id}`,
      attrs: { href: `room-console.html#room=${encodeURIComponent(room.id)}` },
    });
    tText(consoleLink, 'fac.rooms.console');
    tAttr(consoleLink, 'aria-label', 'fac.rooms.consoleLabel', title);
    const screenLink = el('a', {
      class: 'button button--secondary button--small',
      testid: `room-screen-${room.id}`,
      attrs: { href: `screen.html#room=${encodeURIComponent(room.id)}` },
    });
    tText(screenLink, 'fac.rooms.screen');
    tAttr(screenLink, 'aria-label', 'fac.rooms.screenLabel', title);
    const join = open && room.joinCode
      ? el('span', { class: 'item__meta' }, t('fac.rooms.joinAt'), ' ',
        el('span', { class: 'mono', text: joinUrl(room.joinCode) }))
      : null;
    list.appendChild(el('li', { class: 'item item--room', testid: `room-${room.id}` },
      el('div', { class: 'item__text' },
        el('span', { class: 'item__title' }, title, ' ', status),
        el('span', { class: 'item__meta', text: facts.join(' · ') }),
        join),
      el('div', { class: 'item__actions' }, consoleLink, screenLink)));
  }
}

async function openRoom(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const error = document.getElementById('room-error');
  showError(error, null);
  const dialogueId = form.elements.dialogueId.value;
  if (!dialogueId) {
    showError(error, 'fac.rooms.dialogueRequired');
    return;
  }
  await busy(form, async () => {
    try {
      const opened = await facilitatorApi.openRoom(collaborationId, dialogueId, form.elements.language.value);
      await loadRooms();
      announce('fac.rooms.opened', opened.joinCode);
      document.querySelector(`[data-testid="room-console-${CSS.escape(opened.id)}"]`)?.focus();
    } catch (problem) {
      showError(error, problem);
    }
  });
}
