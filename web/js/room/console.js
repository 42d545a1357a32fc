// The facilitator's console (#room=<id>, over the logged-in session): the step and progress, who is
// connected and who answered, the answers as they arrive, the controls (next, back, reveal with or without
// names, hide, close), adding a partner without a device, and answering on a partner's behalf.
import { el, clear } from '../shared/dom.js';
import { loadMessages, mountLangSwitch, t, tText, plainText, currentLang } from '../shared/i18n.js';
import { renderProgress } from '../shared/progress.js';
import { showDialogueTitle } from '../shared/dialogues.js';
import { loginUrl } from '../shared/facilitator-api.js';
import { fragmentParam } from '../shared/fragment.js';
import { roomApi } from './room-api.js';
import { connectRoom, CONNECTION } from './live.js';
import { showConnection } from './connection-view.js';
import { renderQuestion, createAnswerForm, asksAnswer } from './step-card.js';
import { createControl } from '../shared/controls/registry.js';
import { renderRevealed, answerList } from './revealed.js';
import { presenceDot } from './people.js';

const BUSY_TIMEOUT_MS = 5000;

const session = {
  roomId: null,
  view: null,
  live: null,
  busyTimer: null,
  behalf: { key: null, form: null, pending: null, participantId: null },
  decision: { key: null, control: null, touched: false, signature: null },
  closedHandled: false,
};

const $ = (id) => document.getElementById(id);
const controls = {
  back: $('control-back'),
  reveal: $('control-reveal'),
  revealNames: $('control-reveal-names'),
  hide: $('control-hide'),
  next: $('control-next'),
  close: $('control-close'),
};
const errorLine = $('console-error');
const behalfSelect = $('behalf-participant');

async function init() {
  await loadMessages();
  mountLangSwitch($('lang-switch'));
  document.addEventListener('samenspraak:langchange', () => render({ rebuild: true }));
  window.addEventListener('hashchange', () => window.location.reload());
  session.roomId = fragmentParam('room');
  if (!session.roomId) {
    showProblem('console.problem.noRoom');
    return;
  }
  controls.back.addEventListener('click', () => control('back'));
  controls.reveal.addEventListener('click', () => control('reveal', { revealNames: false }));
  controls.revealNames.addEventListener('click', () => control('reveal', { revealNames: true }));
  controls.hide.addEventListener('click', () => control('hide'));
  controls.next.addEventListener('click', next);
  controls.close.addEventListener('click', () => {
    if (window.confirm(t('console.close.confirm'))) control('close');
  });
  behalfSelect.addEventListener('change', () => {
    session.behalf.participantId = behalfSelect.value || null;
    renderBehalf(true);
  });
  $('add-form').addEventListener('submit', addParticipant);

  const view = await refresh();
  if (!view) return;
  session.live = connectRoom({
    roomId: session.roomId,
    token: null,
    topics: ['facilitator'],
    onView: (next) => receive(next),
    onConnected: () => refresh(),
    onRefusal: refused,
    onState: (state) => {
      showConnection(state);
      if (state === CONNECTION.REFUSED) showProblem('console.problem.loggedOut', true);
      render();
    },
  });
}

async function refresh() {
  try {
    const view = await roomApi.room(session.roomId);
    $('console-loading').hidden = true;
    receive(view);
    return view;
  } catch (error) {
    $('console-loading').hidden = true;
    if (error.status === 401 || error.status === 403) showProblem('console.problem.loggedOut', true);
    else if (error.status === 404) showProblem('console.problem.notFound');
    else if (!session.view) showProblem(error.status === 0 ? 'room.problem.network' : 'room.problem.server');
    return null;
  }
}

function receive(view) {
  session.view = view;
  setBusy(false);
  render();
}

function render({ rebuild = false } = {}) {
  const view = session.view;
  if (!view) return;
  $('console-problem').hidden = true;
  $('console-grid').hidden = false;
  showDialogueTitle($('console-title'), view.dialogueId, 'console.pageTitle');
  renderJoin(view);
  renderStep(view, rebuild);
  renderControls(view);
  renderDecision(view, rebuild);
  renderLive(view);
  renderRevealedPart(view);
  renderPeople(view);
  renderBehalfChoices(view);
  renderBehalf(rebuild);
  const closed = view.status === 'closed';
  $('console-closed').hidden = !closed;
  if (closed && !session.closedHandled) {
    session.closedHandled = true;
    session.live?.stop();
  }
}

function renderJoin(view) {
  const box = $('console-join');
  box.hidden = !view.joinCode;
  $('console-code').textContent = view.joinCode || '';
  $('console-screen-link').setAttribute('href', `/screen.html#room=${encodeURIComponent(view.id)}`);
}

function renderStep(view, rebuild) {
  const step = view.step;
  const phase = $('console-phase');
  const phaseKey = view.status === 'closed' ? 'console.phase.closed'
    : view.phase === 'revealed' ? (view.revealNames ? 'console.phase.revealedNames' : 'console.phase.revealed')
      : asksAnswer(step) ? 'console.phase.answering' : 'console.phase.reading';
  tText(phase, phaseKey);
  phase.dataset.phase = view.status === 'closed' ? 'closed' : view.phase;

  renderProgress($('console-progress'), step?.progress);
  const question = $('console-question');
  if (!step) {
    clear(question);
    return;
  }
  const key = `${step.nodeId}|${currentLang()}`;
  if (rebuild || question.dataset.key !== key) {
    clear(question);
    question.dataset.key = key;
    question.dataset.nodeId = step.nodeId;
    question.dataset.stepType = step.type;
    question.appendChild(renderQuestion(step, { lang: view.language, promptId: 'console-prompt', heading: 'p', prefix: 'console-' }));
    question.appendChild(tText(el('p', { class: 'console-type hint', testid: 'console-step-type' }), `console.type.${step.type}`));
  }
  const hint = $('console-next-hint');
  if (view.status !== 'closed' && asksAnswer(step)) tText(hint, `console.nextHint.${step.type}`);
  else if (step.type === 'end') tText(hint, 'console.nextHint.end');
  else plainText(hint);
}

function renderControls(view) {
  const step = view.step;
  const open = view.status !== 'closed';
  const busy = Boolean(session.busyTimer);
  const connected = session.live?.connected() ?? false;
  const usable = open && connected && !busy;
  const answers = asksAnswer(step);
  controls.back.disabled = !usable || !step?.canGoBack;
  controls.reveal.disabled = !usable || !answers || (view.phase === 'revealed' && !view.revealNames);
  controls.revealNames.disabled = !usable || !answers || (view.phase === 'revealed' && view.revealNames);
  controls.hide.disabled = !usable || view.phase !== 'revealed';
  controls.next.disabled = !usable || step?.type === 'end';
  controls.close.disabled = !open || !connected || busy;
}

function renderLive(view) {
  const box = $('console-live');
  clear(box);
  const live = view.live || [];
  if (!asksAnswer(view.step)) {
    box.appendChild(tText(el('p', { class: 'status' }), 'console.live.noAnswers'));
    return;
  }
  const total = (view.participants || []).length;
  box.appendChild(tText(el('p', { class: 'answered-count', testid: 'answered-count', data: { answered: live.length, total } }),
    'room.people.answered', live.length, total));
  if (!live.length) {
    box.appendChild(tText(el('p', { class: 'status', testid: 'live-empty' }), 'console.live.empty'));
    return;
  }
  box.appendChild(answerList(live, { lang: view.language, testid: 'live-answers' }));
}

function renderRevealedPart(view) {
  const slot = $('console-revealed');
  clear(slot);
  const revealed = renderRevealed(view, { lang: view.language, collapseAnswers: true });
  if (revealed) {
    revealed.classList.add('card');
    slot.appendChild(revealed);
  }
}

function renderPeople(view) {
  const box = $('console-people');
  clear(box);
  const people = view.participants || [];
  const connected = people.filter((p) => p.connected).length;
  box.appendChild(tText(el('p', { class: 'hint', testid: 'console-connected-count' }), 'console.people.connected', connected, people.length));
  if (!people.length) {
    box.appendChild(tText(el('p', { class: 'status', testid: 'participants-empty' }), 'console.people.none'));
    return;
  }
  const answers = asksAnswer(view.step);
  const list = el('ul', { class: 'console-people', testid: 'participants' });
  for (const person of people) {
    const who = el('span', { class: 'console-person__who' },
      presenceDot(person.connected),
      el('span', { class: 'person__name', text: person.name }), ' ',
      person.organisation ? el('span', { class: 'person__org', text: person.organisation }) : null);
    const state = el('span', { class: `console-person__state${person.answered ? ' console-person__state--done' : ''}` });
    if (answers) tText(state, person.answered ? 'console.people.answered' : 'console.people.waiting');
    const presence = tText(el('span', { class: 'sr-only' }), person.connected ? 'room.people.connected' : 'room.people.notConnected');
    const behalf = el('button', {
      class: 'link-button', testid: `behalf-for-${person.id}`, attrs: { type: 'button' },
      on: { click: () => chooseBehalf(person.id) },
    });
    tText(behalf, 'console.people.answerFor');
    behalf.hidden = !answers || view.status === 'closed' || view.phase === 'revealed';
    list.appendChild(el('li', {
      class: 'console-person',
      testid: `participant-${person.id}`,
      data: { answered: String(Boolean(person.answered)), connected: String(Boolean(person.connected)) },
    }, who, presence, state, behalf));
  }
  box.appendChild(list);
}

function renderBehalfChoices(view) {
  const people = view.participants || [];
  const wanted = session.behalf.participantId && people.some((p) => p.id === session.behalf.participantId)
    ? session.behalf.participantId
    : (people.find((p) => !p.connected) || people[0])?.id || null;
  session.behalf.participantId = wanted;
  const signature = people.map((p) => `${p.id}:${p.name}:${p.organisation || ''}`).join('|');
  if (behalfSelect.dataset.signature !== signature) {
    clear(behalfSelect);
    for (const person of people) {
      behalfSelect.appendChild(el('option', {
        text: person.organisation ? `${person.name} (${person.organisation})` : person.name,
        attrs: { value: person.id },
      }));
    }
    behalfSelect.dataset.signature = signature;
  }
  if (wanted) behalfSelect.value = wanted;
  behalfSelect.disabled = !people.length;
}

function chooseBehalf(participantId) {
  session.behalf.participantId = participantId;
  behalfSelect.value = participantId;
  renderBehalf(true);
  $('console-behalf-section').scrollIntoView({ block: 'nearest' });
  behalfSelect.focus();
}

function renderBehalf(rebuild) {
  const view = session.view;
  const box = $('console-behalf');
  const step = view?.step;
  const participantId = session.behalf.participantId;
  const usable = view && view.status !== 'closed' && asksAnswer(step) && participantId;
  const key = usable ? `${step.nodeId}|${participantId}|${currentLang()}` : `none|${view?.status}|${step?.type}`;
  if (rebuild || session.behalf.key !== key) {
    session.behalf.key = key;
    session.behalf.pending = null;
    clear(box);
    session.behalf.form = null;
    if (!usable) {
      box.appendChild(tText(el('p', { class: 'status', testid: 'behalf-none' }),
        (view?.participants || []).length ? 'console.behalf.nothing' : 'console.behalf.nobody'));
      return;
    }
    const current = (view.live || []).find((a) => a.participantId === participantId);
    const labelId = 'behalf-label';
    box.appendChild(tText(el('p', { id: labelId, class: 'sr-only' }), 'console.behalf.label', nameOf(participantId)));
    session.behalf.form = createAnswerForm(step, {
      lang: view.language,
      labelledBy: `console-prompt ${labelId}`,
      initial: current ? current.value : undefined,
      submitKey: 'console.behalf.submit',
      prefix: 'behalf-',
      onSubmit: (value) => answerOnBehalf(step.nodeId, participantId, value),
    });
    box.appendChild(session.behalf.form.element);
  }
  const form = session.behalf.form;
  if (!form) return;
  form.setDisabled(view.phase === 'revealed' || !(session.live?.connected() ?? false));
  const pending = session.behalf.pending;
  if (pending) {
    const arrived = (view.live || []).find((a) => a.participantId === pending.participantId);
    if (arrived && JSON.stringify(arrived.value) === JSON.stringify(pending.value)) {
      session.behalf.pending = null;
      form.setBusy(false);
      form.setStatus('console.behalf.saved', nameOf(pending.participantId));
    }
  }
}

function answerOnBehalf(nodeId, participantId, value) {
  const form = session.behalf.form;
  errorLine.textContent = '';
  if (!session.live?.sendAnswer(nodeId, value, participantId)) {
    form.showError(t('room.answer.offline'));
    return;
  }
  session.behalf.pending = { participantId, value };
  form.setBusy(true);
  form.setStatus('room.answer.sending');
  setTimeout(() => {
    if (session.behalf.pending && session.behalf.form === form) {
      session.behalf.pending = null;
      form.setBusy(false);
      form.setStatus(null);
      form.showError(t('room.answer.notConfirmed'));
    }
  }, BUSY_TIMEOUT_MS);
}

function nameOf(participantId) {
  return (session.view?.participants || []).find((p) => p.id === participantId)?.name || '';
}

/**
 * For a choice or multi step, the group's answer that 'next' carries: prefilled with what the server says
 * the room settles on by itself (the view's groupDecision), for the facilitator to confirm or change.
 * Rebuilt as answers arrive until the facilitator touches it.
 */
function renderDecision(view, rebuild) {
  const box = $('console-decision');
  const step = view.step;
  const applies = view.status !== 'closed' && step && (step.type === 'choice' || step.type === 'multi');
  box.hidden = !applies;
  const decision = session.decision;
  if (!applies) {
    decision.key = null;
    decision.control = null;
    clear($('console-decision-control'));
    return;
  }
  const suggested = view.groupDecision ?? null;
  const signature = JSON.stringify(suggested);
  const key = `${step.nodeId}|${currentLang()}`;
  if (!rebuild && decision.key === key && (decision.touched || decision.signature === signature)) return;
  if (decision.key !== key) decision.touched = false;
  decision.key = key;
  decision.signature = signature;
  const slot = $('console-decision-control');
  clear(slot);
  decision.control = createControl({
    ...step,
    nodeId: `decision-${step.nodeId}`,
    answer: suggested === null ? undefined : { value: suggested },
  }, { lang: view.language, labelledBy: 'console-decision-title', describedBy: ['console-decision-explain'] });
  decision.control.element.dataset.testid = 'decision-control';
  decision.control.element.addEventListener('change', () => { decision.touched = true; });
  slot.appendChild(decision.control.element);
}

function next() {
  const decision = session.decision;
  const box = $('console-decision');
  $('console-decision-error').textContent = '';
  // Untouched, the room settles on the same by itself; the server puts chosen options in the group's order.
  if (!box.hidden && decision.control && decision.touched) {
    const value = decision.control.value();
    const empty = value === null || (Array.isArray(value) && !value.length);
    if (empty) {
      // Nothing chosen: the group has no answer here (a foreach over it has no items).
      control('next');
      return;
    }
    const limits = session.view?.step?.limits || {};
    if (Array.isArray(value) && limits.maxSelected && value.length > limits.maxSelected) {
      $('console-decision-error').textContent = t('validation.maxSelected', limits.maxSelected);
      decision.control.focus();
      return;
    }
    control('next', { value });
    return;
  }
  control('next');
}

function control(action, options) {
  errorLine.textContent = '';
  if (!session.live?.sendControl(action, options)) {
    errorLine.textContent = t('console.error.offline');
    return;
  }
  setBusy(true);
}

/** Between a control and the room's answer, the controls wait (no double moves). */
function setBusy(busy) {
  if (session.busyTimer) clearTimeout(session.busyTimer);
  session.busyTimer = busy ? setTimeout(() => {
    session.busyTimer = null;
    if (session.view) renderControls(session.view);
  }, BUSY_TIMEOUT_MS) : null;
  if (session.view) renderControls(session.view);
}

function refused(body) {
  setBusy(false);
  const message = body.message || body.error || '';
  if (session.behalf.pending && session.behalf.form) {
    session.behalf.pending = null;
    session.behalf.form.setBusy(false);
    session.behalf.form.setStatus(null);
    session.behalf.form.showError(t('room.answer.refused', message));
    return;
  }
  errorLine.textContent = t('console.error.refused', message);
}

async function addParticipant(event) {
  event.preventDefault();
  const name = $('add-name').value.trim();
  const organisation = $('add-organisation').value.trim();
  const error = $('add-error');
  const status = $('add-status');
  error.textContent = '';
  status.textContent = '';
  if (!name) {
    error.textContent = t('join.error.name');
    $('add-name').setAttribute('aria-invalid', 'true');
    $('add-name').focus();
    return;
  }
  $('add-name').removeAttribute('aria-invalid');
  $('add-submit').disabled = true;
  try {
    const added = await roomApi.addParticipant(session.roomId, name, organisation || null);
    tText(status, 'console.add.done', name);
    $('add-name').value = '';
    $('add-organisation').value = '';
    session.behalf.participantId = added.participantId;
    await refresh();
  } catch (failure) {
    error.textContent = failure.status === 401 || failure.status === 403
      ? t('console.add.notAllowed')
      : t('join.error.invalid', failure.message);
  } finally {
    $('add-submit').disabled = false;
  }
}

function showProblem(key, login = false) {
  $('console-loading').hidden = true;
  tText($('console-problem-text'), key);
  $('console-login').setAttribute('href', loginUrl());
  $('console-login').hidden = !login;
  $('console-problem').hidden = false;
  $('console-grid').hidden = true;
}

init();
