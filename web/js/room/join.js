// Joining a live session: the code (prefilled from #code=), a name and an organisation; or, with
// #code=…&invitation=…, as the invited partner (whose preparation then becomes the starting point).
// The room's token is kept in this browser and the page moves on to room.html.
import { loadMessages, mountLangSwitch, t, tText } from '../shared/i18n.js';
import { describeError } from '../shared/errors.js';
import { fragmentParam } from '../shared/fragment.js';
import { roomApi } from './room-api.js';
import { saveMembership, findByCode, normaliseCode } from './memberships.js';

const form = document.getElementById('join-form');
const codeInput = document.getElementById('join-code');
const nameInput = document.getElementById('join-name');
const organisationInput = document.getElementById('join-organisation');
const error = document.getElementById('join-error');
const submitButton = document.getElementById('join-submit');

let invitation = null;
let busy = false;

async function init() {
  await loadMessages();
  mountLangSwitch(document.getElementById('lang-switch'));
  readFragment();
  window.addEventListener('hashchange', readFragment);
  codeInput.addEventListener('input', () => {
    const caret = codeInput.selectionStart;
    codeInput.value = codeInput.value.toUpperCase();
    codeInput.setSelectionRange(caret, caret);
    offerEarlier();
  });
  form.addEventListener('submit', join);
}

function readFragment() {
  const code = fragmentParam('code');
  if (code) codeInput.value = normaliseCode(code);
  invitation = fragmentParam('invitation');
  document.getElementById('join-identity').hidden = Boolean(invitation);
  document.getElementById('join-invited').hidden = !invitation;
  offerEarlier();
  (code && !invitation ? nameInput : codeInput).focus();
}

/** Someone who already joined this room in this browser can go straight back to it. */
function offerEarlier() {
  const earlier = codeInput.value ? findByCode(codeInput.value) : null;
  const box = document.getElementById('join-earlier');
  box.hidden = !earlier;
  if (!earlier) return;
  tText(document.getElementById('join-earlier-text'), 'join.earlier.text', earlier.name || '');
  document.getElementById('join-earlier-link').setAttribute('href', `/room.html#room=${encodeURIComponent(earlier.roomId)}`);
}

function showError(message, input) {
  error.textContent = message || '';
  for (const field of [codeInput, nameInput, organisationInput]) field.removeAttribute('aria-invalid');
  if (message && input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
}

async function join(event) {
  event.preventDefault();
  if (busy) return;
  const code = normaliseCode(codeInput.value);
  const name = nameInput.value.trim();
  const organisation = organisationInput.value.trim();
  if (code.length < 4) {
    showError(t('join.error.code'), codeInput);
    return;
  }
  if (!invitation && !name) {
    showError(t('join.error.name'), nameInput);
    return;
  }
  showError('');
  busy = true;
  submitButton.disabled = true;
  tText(submitButton, 'join.submitting');
  try {
    const joined = invitation ? await roomApi.joinInvited(code, invitation) : await roomApi.join(code, name, organisation || null);
    saveMembership({
      roomId: joined.roomId,
      participantId: joined.participantId,
      token: joined.token,
      joinCode: code,
      name: invitation ? null : name,
      organisation: invitation ? null : organisation,
    });
    window.location.assign(`/room.html#room=${encodeURIComponent(joined.roomId)}`);
  } catch (failure) {
    busy = false;
    submitButton.disabled = false;
    tText(submitButton, 'join.submit');
    showError(describe(failure), fieldOf(failure));
  }
}

/** What joining says went wrong: the code, the invitation or a field in joining's own words, else as every page does. */
function describe(failure) {
  switch (failure.status) {
    case 404: return invitation && /invitation/i.test(failure.message) ? t('join.error.invitation') : t('join.error.unknownCode');
    case 410: return t('join.error.invitation');
    case 429: return t('join.error.tooMany');
    case 400:
    case 422:
      if (failure.field === 'name') return t('join.error.nameInvalid', failure.message);
      if (failure.field === 'organisation') return t('join.error.organisationInvalid', failure.message);
      return t('join.error.invalid', failure.message);
    default: return describeError(failure);
  }
}

function fieldOf(failure) {
  if (failure.field === 'name') return nameInput;
  if (failure.field === 'organisation') return organisationInput;
  return codeInput;
}

init();
