// The facilitator's login: username and password to POST /login (with the CSRF token), then back to
// the page that sent them here (?next=), or to the facilitator console. The page does not first ask whether
// someone is logged in already: that question is a 401 in the console on every visit, and whoever is
// logged in and comes here anyway simply logs in again.
import { loadMessages, mountLangSwitch, tText, plainText, t, locale } from '../shared/i18n.js';
import { facilitatorApi } from '../shared/facilitator-api.js';

const form = document.getElementById('login-form');
const username = document.getElementById('login-username');
const password = document.getElementById('login-password');
const error = document.getElementById('login-error');
const button = document.getElementById('login-button');
let waitTimer = null;

/** Only a path on this server: never another site (no open redirect). */
function safeNext(raw) {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/facilitator.html';
  try {
    const url = new URL(raw, window.location.origin);
    if (url.origin !== window.location.origin || url.pathname === '/login.html') return '/facilitator.html';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/facilitator.html';
  }
}

const next = safeNext(new URLSearchParams(window.location.search).get('next'));

async function init() {
  await loadMessages();
  mountLangSwitch(document.getElementById('lang-switch'));
  document.addEventListener('samenspraak:langchange', () => {
    document.title = t('login.pageTitle');
  });
  document.title = t('login.pageTitle');
  form.addEventListener('submit', submit);
  username.focus();
}

/** "4 minuten en 10 seconden" / "4 minutes and 10 seconds". */
function duration(seconds) {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [];
  if (minutes) parts.push(t(minutes === 1 ? 'login.minute' : 'login.minutes', minutes));
  if (rest || !minutes) parts.push(t(rest === 1 ? 'login.second' : 'login.seconds', rest));
  return parts.join(t('login.and'));
}

function showError(key, ...args) {
  tText(error, key, ...args);
}

function fail(input) {
  input.setAttribute('aria-invalid', 'true');
  input.focus();
}

async function submit(event) {
  event.preventDefault();
  if (button.disabled) return;
  plainText(error);
  username.removeAttribute('aria-invalid');
  password.removeAttribute('aria-invalid');
  const name = username.value.trim();
  if (!name) {
    showError('login.missingUsername');
    fail(username);
    return;
  }
  if (!password.value) {
    showError('login.missingPassword');
    fail(password);
    return;
  }
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  let keepDisabled = false;
  try {
    await facilitatorApi.login(name, password.value);
    window.location.assign(next);
    keepDisabled = true;
  } catch (problem) {
    if (problem.status === 401) {
      showError('login.wrong');
      password.value = '';
      fail(password);
    } else if (problem.status === 429) {
      const seconds = problem.retryAfter || 60;
      const until = new Date(Date.now() + seconds * 1000);
      const time = new Intl.DateTimeFormat(locale(), { timeStyle: 'short' }).format(until);
      showError('login.tooMany', duration(seconds), time);
      keepDisabled = true;
      clearTimeout(waitTimer);
      waitTimer = setTimeout(() => {
        button.disabled = false;
        showError('login.tryAgain');
      }, seconds * 1000);
    } else {
      showError(problem.status === 0 ? 'error.network' : 'login.failed');
    }
  } finally {
    form.removeAttribute('aria-busy');
    if (!keepDisabled) button.disabled = false;
  }
}

init();
