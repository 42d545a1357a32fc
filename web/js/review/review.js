// The facilitator's review of a summary (review.html?collaboration=<id>&dialogue=<dialogueId>[&lang=en][&round=2]):
// the summary of one round of one dialogue (its latest by default), readable, with the facilitator's edits (agreed themes, the ambition text)
// saved apart from it, and the exports.
// The summary has a language of its own, apart from the page's: the server writes its computed parts (the
// ambition draft, the questions) in it and reads answers too short to tell their language as written in it,
// so switching the page's language only translates the page around the summary.
import { loadMessages, mountLangSwitch, locale, tText, plainText, t } from '../shared/i18n.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { dialogues } from '../shared/dialogues.js';
import { describeError } from '../shared/errors.js';
import { reviewApi, exportUrls } from './review-api.js';
import { usedDialogues, fillPicker } from './picker.js';
import { renderSummary } from './summary-view.js';
import { edits, resetEdits, reviewBody } from './edits.js';
import { problemText } from './problem.js';
import { showComparison } from './comparison.js';

const params = new URLSearchParams(window.location.search);
const state = {
  id: params.get('collaboration'),
  dialogue: params.get('dialogue'),
  lang: params.get('lang') === 'en' ? 'en' : 'nl',
  // The round's number; null: the dialogue's latest round (the server's default).
  round: Number.parseInt(params.get('round'), 10) || null,
  rounds: [],
  dialogues: [],
  used: [],
  detail: null,
  summary: null,
};

const $ = (id) => document.getElementById(id);
const form = $('review-form');
const picker = $('review-dialogue');
const language = $('review-language');
const roundPicker = $('review-round');

async function init() {
  await loadMessages();
  mountLangSwitch($('lang-switch'));
  if (!state.id) {
    fail(t('review.error.noCollaboration'));
    return;
  }
  $('review-back').href = `/facilitator.html?collaboration=${encodeURIComponent(state.id)}`;
  try {
    const [offered, detail, rooms] = await Promise.all([
      dialogues(), facilitatorApi.collaboration(state.id), facilitatorApi.rooms(state.id)]);
    state.dialogues = offered;
    state.detail = detail;
    state.used = usedDialogues(offered, detail, rooms);
  } catch (error) {
    fail(problemText(error, 'review.error.load'));
    return;
  }
  if (!state.dialogues.some((d) => d.id === state.dialogue)) state.dialogue = state.used[0] || state.dialogues[0].id;
  showTitle();
  fillPicker(picker, state.dialogues, state.used, state.dialogue);
  language.value = state.lang;
  picker.addEventListener('change', () => change(() => { state.dialogue = picker.value; state.round = null; }));
  roundPicker.addEventListener('change', () => change(() => { state.round = Number.parseInt(roundPicker.value, 10) || null; }));
  language.addEventListener('change', () => change(() => { state.lang = language.value; }));
  form.addEventListener('submit', save);
  form.addEventListener('input', showDirty);
  form.addEventListener('change', showDirty);
  document.addEventListener('samenspraak:langchange', () => {
    showTitle();
    fillPicker(picker, state.dialogues, state.used, state.dialogue);
    fillRounds();
    if (state.summary) show(state.summary, true);
    showComparison($('review-comparison'), { id: state.id, dialogue: state.dialogue, lang: state.lang, rounds: state.rounds });
  });
  await load();
  $('review-title').focus();
}

function showTitle() {
  tText($('review-title'), 'review.titleOf', state.detail.name);
  document.title = `${state.detail.name} · ${t('review.pageTitle')}`;
}

function fail(message) {
  $('review-loading').hidden = true;
  $('review-problem').textContent = message;
  $('review-problem').hidden = false;
}

/** Another dialogue or summary language: another summary, so unsaved edits would be lost; ask first. */
async function change(apply) {
  if (edits.dirty && !window.confirm(t('review.save.discard'))) {
    picker.value = state.dialogue;
    language.value = state.lang;
    roundPicker.value = String(shownRound() || '');
    return;
  }
  apply();
  const url = new URL(window.location.href);
  url.searchParams.set('dialogue', state.dialogue);
  url.searchParams.set('lang', state.lang);
  if (state.round) url.searchParams.set('round', String(state.round));
  else url.searchParams.delete('round');
  window.history.replaceState(null, '', url);
  await load();
}

async function load() {
  $('review-loading').hidden = false;
  $('review-problem').hidden = true;
  // A saved or failed status belongs to the summary that was shown.
  plainText($('review-save-status'));
  plainText($('review-save-error'));
  try {
    state.rounds = await facilitatorApi.rounds(state.id, state.dialogue);
    if (state.round && !state.rounds.some((r) => r.number === state.round)) state.round = null;
    fillRounds();
    showExports();
    show(await reviewApi.summary(state.id, state.dialogue, state.lang, state.round), false);
    await showComparison($('review-comparison'), { id: state.id, dialogue: state.dialogue, lang: state.lang, rounds: state.rounds });
  } catch (error) {
    form.hidden = true;
    $('review-empty').hidden = true;
    fail(problemText(error, 'review.error.load'));
  } finally {
    $('review-loading').hidden = true;
  }
}

function show(summary, keepEdits) {
  state.summary = summary;
  if (!keepEdits) resetEdits(summary);
  const partners = summary.partners === 1 ? 'review.figures.partnersOne' : 'review.figures.partners';
  tText($('review-figures'), 'review.figures', t(partners, summary.partners), summary.answers);
  const empty = summary.answers === 0;
  $('review-empty').hidden = !empty;
  form.hidden = empty;
  if (!empty) renderSummary(summary, $('review-sections'), $('review-nav'), { id: state.id, detail: state.detail, lang: state.lang });
  showDirty();
}

/** The round shown: the one chosen, or the latest. */
function shownRound() {
  return state.round || (state.rounds.length ? state.rounds[state.rounds.length - 1].number : null);
}

/** The dialogue's rounds to choose from, the shown one selected; hidden while the dialogue has only one. */
function fillRounds() {
  while (roundPicker.firstChild) roundPicker.removeChild(roundPicker.firstChild);
  for (const round of state.rounds) {
    const option = document.createElement('option');
    option.value = String(round.number);
    const date = new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(round.openedAt));
    option.textContent = round.label ? t('review.round.optionLabel', round.number, round.label, date)
      : t('review.round.option', round.number, date);
    roundPicker.appendChild(option);
  }
  roundPicker.value = String(shownRound() || '');
  $('review-round-field').hidden = state.rounds.length < 2;
}

function showExports() {
  const urls = exportUrls(state.id, state.dialogue, state.lang, state.round);
  $('export-md').href = urls.markdown;
  $('export-pdf').href = urls.pdf;
  $('export-csv').href = urls.csv;
}

function showDirty() {
  $('review-dirty').hidden = !edits.dirty;
  if (edits.dirty) plainText($('review-save-status'));
}

async function save(event) {
  event.preventDefault();
  const status = $('review-save-status');
  const error = $('review-save-error');
  const button = form.querySelector('[data-testid="review-save"]');
  plainText(status);
  plainText(error);
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const summary = await reviewApi.saveReview(state.id, state.dialogue, state.lang, state.round, reviewBody(state.summary));
    show(summary, false);
    tText(status, 'review.save.saved', new Intl.DateTimeFormat(locale(),
      { timeStyle: 'short' }).format(new Date()));
  } catch (problem) {
    plainText(error, problemText(problem, 'review.error.save'));
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

init().catch((error) => fail(describeError(error, 'fac.error')));
