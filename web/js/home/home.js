// The landing page: choose a dialogue and start, or resume a conversation kept in this browser.
import { conversationApi } from '../shared/conversation-api.js';
import { dialogues } from '../shared/dialogues.js';
import { el, clear } from '../shared/dom.js';
import { loadMessages, mountLangSwitch, pick, t, tText, plainText, currentLang, locale } from '../shared/i18n.js';
import { listConversations, saveConversation, forgetConversation, resumeUrl } from '../shared/conversations.js';
import { describeError } from '../shared/errors.js';

const state = { dialogues: [], loaded: false };

const list = document.getElementById('dialogue-list');
const status = document.getElementById('dialogues-status');
const form = document.getElementById('start-form');
const languageSelect = document.getElementById('conversation-language');
const startError = document.getElementById('start-error');
const startButton = document.getElementById('start-button');

async function init() {
  await loadMessages();
  mountLangSwitch(document.getElementById('lang-switch'));
  languageSelect.value = currentLang();
  // The conversation's language follows the page's language until the partner chooses it.
  let languageChosen = false;
  languageSelect.addEventListener('change', () => { languageChosen = true; });
  document.addEventListener('samenspraak:langchange', () => {
    if (!languageChosen) languageSelect.value = currentLang();
    renderDialogues();
    renderResumeList();
  });
  form.addEventListener('submit', start);
  renderResumeList();
  tText(status, 'home.start.loading');
  try {
    state.dialogues = (await dialogues())
      .filter((dialogue) => !Array.isArray(dialogue.modes) || dialogue.modes.includes('solo'));
    state.loaded = true;
    renderDialogues();
  } catch {
    tText(status, 'home.start.loadFailed');
  }
}

function renderDialogues() {
  if (!state.loaded) return;
  const selected = form.elements.dialogue ? selectedDialogueId() : null;
  clear(list);
  if (!state.dialogues.length) {
    tText(status, 'home.start.none');
    return;
  }
  plainText(status);
  state.dialogues.forEach((dialogue, index) => {
    const inputId = `dialogue-${dialogue.id}`;
    const titleId = `${inputId}-title`;
    const descriptionId = `${inputId}-description`;
    const input = el('input', {
      id: inputId,
      testid: `dialogue-option-${dialogue.id}`,
      attrs: {
        type: 'radio', name: 'dialogue', value: dialogue.id,
        'aria-describedby': descriptionId,
      },
      on: { change: syncLanguages },
    });
    input.checked = selected ? selected === dialogue.id : index === 0;
    const minutes = dialogue.estimatedMinutes
      ? el('span', { class: 'dialogue-option__minutes', text: t('home.dialogue.minutes', dialogue.estimatedMinutes) })
      : null;
    list.appendChild(el('div', { class: 'dialogue-option' },
      input,
      el('label', { attrs: { for: inputId }, class: 'dialogue-option__label' },
        el('span', { id: titleId, class: 'dialogue-option__title', text: pick(dialogue.title) }),
        minutes,
        el('span', { id: descriptionId, class: 'dialogue-option__description', text: pick(dialogue.description) }))));
  });
  syncLanguages();
}

function selectedDialogueId() {
  const checked = form.querySelector('input[name="dialogue"]:checked');
  return checked ? checked.value : null;
}

/** Offers only the languages the chosen dialogue has. */
function syncLanguages() {
  const dialogue = state.dialogues.find((d) => d.id === selectedDialogueId());
  const languages = dialogue && Array.isArray(dialogue.languages) ? dialogue.languages : ['nl', 'en'];
  for (const option of languageSelect.options) {
    option.disabled = !languages.includes(option.value);
  }
  if (!languages.includes(languageSelect.value)) languageSelect.value = languages[0] || 'nl';
}

async function start(event) {
  event.preventDefault();
  startError.textContent = '';
  const dialogueId = selectedDialogueId();
  if (!dialogueId) {
    tText(startError, 'home.start.chooseDialogue');
    list.querySelector('input')?.focus();
    return;
  }
  const dialogue = state.dialogues.find((d) => d.id === dialogueId);
  const participant = {
    name: form.elements.name.value.trim(),
    organisation: form.elements.organisation.value.trim(),
  };
  startButton.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const created = await conversationApi.start(dialogueId, languageSelect.value, participant);
    saveConversation({
      id: created.id,
      token: created.token,
      dialogueId,
      title: dialogue ? dialogue.title : { nl: dialogueId, en: dialogueId },
      startedAt: new Date().toISOString(),
      status: 'active',
    });
    window.location.assign(resumeUrl(created.id, created.token));
  } catch (error) {
    startError.textContent = describeError(error);
    startButton.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

function renderResumeList() {
  const resumeList = document.getElementById('resume-list');
  const empty = document.getElementById('resume-empty');
  const conversations = listConversations();
  clear(resumeList);
  // Someone who comes back sees their conversations first.
  const resumeSection = document.getElementById('resume-section');
  const startSection = document.getElementById('start-section');
  if (conversations.length && resumeSection.nextElementSibling !== startSection) {
    startSection.before(resumeSection);
  }
  empty.hidden = conversations.length > 0;
  const format = new Intl.DateTimeFormat(locale(),
    { dateStyle: 'medium', timeStyle: 'short' });
  for (const entry of conversations) {
    const title = pick(entry.title) || entry.dialogueId || entry.id;
    const started = entry.startedAt ? format.format(new Date(entry.startedAt)) : '';
    const link = el('a', {
      class: 'button button--secondary',
      testid: `resume-link-${entry.id}`,
      attrs: { href: resumeUrl(entry.id, entry.token), 'aria-label': t('home.resume.openLabel', title, started) },
      text: entry.status === 'finished' ? t('home.resume.view') : t('home.resume.open'),
    });
    const forget = el('button', {
      class: 'button button--quiet',
      attrs: { type: 'button', 'aria-label': t('home.resume.forgetLabel', title, started) },
      text: t('home.resume.forget'),
      on: {
        click: () => {
          if (window.confirm(t('home.resume.forgetConfirm', title))) {
            forgetConversation(entry.id);
            renderResumeList();
            document.getElementById('resume-title').focus();
          }
        },
      },
    });
    resumeList.appendChild(el('li', { class: 'resume-item', testid: 'resume-item' },
      el('div', { class: 'resume-item__text' },
        el('span', { class: 'resume-item__title', text: title }),
        el('span', { class: 'resume-item__meta',
          text: [t('home.resume.startedAt', started),
            entry.status === 'finished' ? t('home.resume.finished') : t('home.resume.active')].join(' · ') })),
      el('div', { class: 'resume-item__actions' }, link, forget)));
  }
}

init();
