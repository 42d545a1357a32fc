// Small helpers shared by the parts of the facilitator console.
import { t, tText, pick, currentLang } from '../i18n.js';

/** The state of the console that several parts read: the dialogues and the collaboration shown. */
export const shared = { dialogues: [], me: null };

function locale() {
  return currentLang() === 'en' ? 'en-GB' : 'nl-NL';
}

export function formatDate(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** The title of a dialogue in the UI language, or its id when it is not (or no longer) offered. */
export function dialogueTitle(id) {
  const dialogue = shared.dialogues.find((d) => d.id === id);
  return dialogue ? pick(dialogue.title) : String(id || '');
}

/** Fills a <select> with the dialogues that can be used in a mode ('solo' or 'group'). */
export function fillDialogueSelect(select, mode) {
  const chosen = select.value;
  while (select.firstChild) select.removeChild(select.firstChild);
  for (const dialogue of shared.dialogues) {
    if (Array.isArray(dialogue.modes) && !dialogue.modes.includes(mode)) continue;
    const option = document.createElement('option');
    option.value = dialogue.id;
    option.textContent = pick(dialogue.title);
    select.appendChild(option);
  }
  if (chosen && [...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

/** An API error as text for the facilitator. */
export function describe(error) {
  if (!error || typeof error.status !== 'number') return t('error.unexpected');
  if (error.status === 0) return t('error.network');
  if (error.status === 404) return t('fac.error.notFound');
  if (error.status === 409) return t('fac.error.conflict');
  if (error.status === 429) return t('fac.error.tooMany');
  if (error.status === 400 || error.status === 422) {
    return error.body && error.body.message ? t('fac.error.invalidWithReason', error.body.message) : t('fac.error.invalid');
  }
  if (error.status === 403) return t('fac.error.forbidden');
  return t('error.server');
}

/** Shows an error (an ApiError, or a message key) in an .error element; empty clears it. */
export function showError(node, error, ...args) {
  if (!error) {
    node.textContent = '';
    delete node.dataset.i18n;
    delete node.dataset.i18nArgs;
    return;
  }
  if (typeof error === 'string') {
    tText(node, error, ...args);
    return;
  }
  delete node.dataset.i18n;
  delete node.dataset.i18nArgs;
  node.textContent = describe(error);
}

/** Marks the field an API error names (field = the input's name) as invalid, and focuses it. */
export function markField(form, error) {
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const field = error && error.field ? form.elements[error.field] : null;
  if (field) {
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }
}

/** A short message for screen readers (and the tests), in the polite live region. */
export function announce(key, ...args) {
  const region = document.getElementById('fac-announce');
  region.textContent = '';
  // A fresh text, so the same message twice is read twice.
  window.setTimeout(() => tText(region, key, ...args), 50);
}

/** Runs a form action with its submit button disabled and aria-busy on the form. */
export async function busy(form, action) {
  const buttons = form.querySelectorAll('button');
  buttons.forEach((button) => { button.disabled = true; });
  form.setAttribute('aria-busy', 'true');
  try {
    return await action();
  } finally {
    buttons.forEach((button) => { button.disabled = false; });
    form.removeAttribute('aria-busy');
  }
}

/** The page title follows what is shown: the collaboration's name, then the console's. */
export function updateTitle(name) {
  if (name !== undefined) document.body.dataset.title = name;
  const current = document.body.dataset.title;
  document.title = current ? `${current} · ${t('fac.pageTitle')}` : t('fac.pageTitle');
}
document.addEventListener('samenspraak:langchange', () => updateTitle());
