// Small helpers shared by the parts of the facilitator console.
import { t, tText, plainText, pick, locale } from '../shared/i18n.js';
import { describeError } from '../shared/errors.js';
import { dialogueTitle as titleIn } from '../shared/dialogues.js';

/** The state of the console that several parts read: the dialogues and the collaboration shown. */
export const shared = { dialogues: [], me: null };

export function formatDate(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(iso));
}

/** The title of one of the console's dialogues. */
export function dialogueTitle(id) {
  return titleIn(shared.dialogues, id);
}

/** Fills a <select> with the dialogues that can be used in a mode ('solo' or 'group'). */
export function fillDialogueSelect(select, mode) { // mode: 'solo', 'group', or null for every dialogue
  const chosen = select.value;
  while (select.firstChild) select.removeChild(select.firstChild);
  for (const dialogue of shared.dialogues) {
    if (mode && Array.isArray(dialogue.modes) && !dialogue.modes.includes(mode)) continue;
    const option = document.createElement('option');
    option.value = dialogue.id;
    option.textContent = pick(dialogue.title);
    select.appendChild(option);
  }
  if (chosen && [...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

/** An API error as text for the facilitator, in the words of a collaboration. */
export function describe(error) {
  return describeError(error, 'fac.error');
}

/** Shows an error (an ApiError, or a message key) in an .error element; empty clears it. */
export function showError(node, error, ...args) {
  if (!error) plainText(node);
  else if (typeof error === 'string') tText(node, error, ...args);
  else plainText(node, describe(error));
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
