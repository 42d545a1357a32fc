// The facilitator console: who is logged in, the overview of one's collaborations (and the facilitators),
// or one collaboration (?collaboration=<id>) with its partners, shared answers, rooms and settings.
import { loadMessages, mountLangSwitch, tText } from '../shared/i18n.js';
import { el } from '../shared/dom.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { dialogues } from '../shared/dialogues.js';
import { shared, describe, updateTitle } from './common.js';
import { showOverview } from './overview.js';
import { showDetail } from './detail.js';

const loading = document.getElementById('fac-loading');
const problem = document.getElementById('fac-problem');

async function init() {
  await loadMessages();
  mountLangSwitch(document.getElementById('lang-switch'));
  let me;
  try {
    me = await facilitatorApi.me();
  } catch (error) {
    fail(error);
    return;
  }
  shared.me = me;
  renderWho();
  document.addEventListener('samenspraak:langchange', renderWho);
  document.getElementById('logout').addEventListener('click', logout);

  try {
    shared.dialogues = await dialogues();
  } catch {
    shared.dialogues = [];
  }

  const id = new URLSearchParams(window.location.search).get('collaboration');
  loading.hidden = true;
  try {
    if (id) await showDetail(id);
    else await showOverview();
  } catch (error) {
    fail(error);
  }
}

function renderWho() {
  const who = document.getElementById('who');
  const { me } = shared;
  if (!me) return;
  const name = me.displayName && me.displayName !== me.username ? `${me.displayName} (${me.username})` : me.username;
  tText(who, 'fac.loggedInAs', name);
  document.getElementById('logout').hidden = false;
  updateTitle();
}

async function logout() {
  const button = document.getElementById('logout');
  button.disabled = true;
  try {
    await facilitatorApi.logout();
  } catch {
    // also when the server cannot be reached: leave this page
  }
  window.location.assign('/login.html');
}

function fail(error) {
  loading.hidden = true;
  problem.textContent = describe(error);
  if (new URLSearchParams(window.location.search).has('collaboration')) {
    // A collaboration that is not (or no longer) there: offer the way back to the overview.
    const back = el('a', { class: 'back-link', attrs: { href: '/facilitator.html' } });
    tText(back, 'fac.detail.back');
    problem.append(' ', back);
  }
  problem.hidden = false;
}

init();
