// The participant's page in a live session (phone first): the current question with its control, the own
// answer (starting from the preparation when there is one), who has answered, the connection, and after a
// reveal the answers and figures. The room comes from #room=<id>, the token from this browser's storage.
import { el, clear } from '../shared/dom.js';
import { loadMessages, mountLangSwitch, t, tText, plainText, currentLang } from '../shared/i18n.js';
import { renderProgress } from '../shared/progress.js';
import { showDialogueTitle } from '../shared/dialogues.js';
import { fragmentParam } from '../shared/fragment.js';
import { roomApi } from './room-api.js';
import { findMembership, latestMembership, forgetMembership } from './memberships.js';
import { connectRoom, CONNECTION } from './live.js';
import { renderQuestion, createAnswerForm, asksAnswer } from './step-card.js';
import { renderRevealed } from './revealed.js';
import { answeredCount, participantChips } from './people.js';
import { showConnection } from './connection-view.js';

const CONFIRM_AFTER_MS = 6000;

const session = {
  roomId: null,
  token: null,
  participantId: null,
  view: null,
  me: null,
  form: null,
  formKey: null,
  pending: null,
  pendingTimer: null,
  live: null,
  stopped: false,
  revealedAt: null,
};

const stepSection = document.getElementById('room-step');
const revealedSlot = document.getElementById('room-revealed');
const peopleSection = document.getElementById('room-people');
const peopleBody = document.getElementById('room-people-body');
const loading = document.getElementById('room-loading');
const generalError = document.getElementById('room-general-error');

async function init() {
  await loadMessages();
  mountLangSwitch(document.getElementById('lang-switch'));
  document.addEventListener('samenspraak:langchange', () => render({ rebuild: true }));
  window.addEventListener('hashchange', () => window.location.reload());

  const roomId = fragmentParam('room') || latestMembership()?.roomId;
  const membership = roomId ? findMembership(roomId) : null;
  if (!membership) {
    showProblem('room.problem.notJoined');
    return;
  }
  if (!fragmentParam('room')) history.replaceState(null, '', `#room=${encodeURIComponent(roomId)}`);
  session.roomId = roomId;
  session.token = membership.token;
  session.participantId = membership.participantId;

  session.live = connectRoom({
    roomId,
    token: session.token,
    topics: ['public'],
    onView: receive,
    onConnected: () => refresh(),
    onRefusal: refused,
    onState: connectionChanged,
  });
  await refresh();
}

/** Fetches the whole room (own answer and preparation included) and shows it. */
async function refresh() {
  try {
    const view = await roomApi.room(session.roomId, session.token);
    loading.hidden = true;
    session.view = view;
    session.me = view.me || null;
    confirmPending();
    render();
  } catch (error) {
    loading.hidden = true;
    if (error.status === 404 || error.status === 401) {
      session.live?.stop();
      forgetMembership(session.roomId);
      showProblem('room.problem.gone');
    } else if (!session.view) {
      showProblem(error.status === 0 ? 'room.problem.network' : 'room.problem.server');
    }
  }
}

/** A room view from the broadcast: it has no `me`, so a new step asks the server for the own part. */
function receive(view) {
  const before = session.view;
  const moved = !before || before.step?.nodeId !== view.step?.nodeId;
  session.view = { ...view, me: moved ? null : session.me };
  if (moved) {
    clearPending();
    session.me = null;
    refresh();
    return;
  }
  const self = (view.participants || []).find((p) => p.id === session.participantId);
  const known = session.me && session.me.answer !== undefined && session.me.answer !== null;
  // Our own answer confirmed, or given elsewhere (another tab, the facilitator on our behalf): fetch it.
  if ((session.pending && self?.answered) || (self && Boolean(self.answered) !== known)) {
    refresh();
    return;
  }
  render();
}

function render({ rebuild = false } = {}) {
  const view = session.view;
  if (!view) return;
  document.getElementById('room-problem').hidden = true;
  showDialogueTitle(document.getElementById('room-title'), view.dialogueId, 'room.pageTitleShort');
  renderMe(view);
  renderProgress(document.getElementById('progress'), view.step?.progress);

  const closed = view.status === 'closed';
  document.getElementById('room-closed').hidden = !closed;
  if (closed) {
    stepSection.hidden = true;
    peopleSection.hidden = true;
    clear(revealedSlot);
    if (!session.stopped) {
      session.stopped = true;
      session.live?.stop();
    }
    return;
  }
  renderStep(view, rebuild);
  renderPeople(view);
  clear(revealedSlot);
  const revealed = renderRevealed(view, { lang: view.language });
  if (revealed) revealedSlot.appendChild(revealed);
  const revealKey = revealed ? view.step.nodeId : null;
  if (revealKey && session.revealedAt !== revealKey) revealed.scrollIntoView({ block: 'start', behavior: 'smooth' });
  session.revealedAt = revealKey;
}

function renderStep(view, rebuild) {
  const step = view.step;
  stepSection.hidden = !step;
  if (!step) return;
  const key = `${step.nodeId}|${currentLang()}`;
  const answers = asksAnswer(step);
  const me = session.me;
  if (rebuild || key !== session.formKey || (!session.form && answers)) {
    const moved = session.formKey && !session.formKey.startsWith(`${step.nodeId}|`);
    session.formKey = key;
    clear(stepSection);
    stepSection.dataset.nodeId = step.nodeId;
    stepSection.dataset.stepType = step.type;
    const promptId = 'room-prompt';
    stepSection.appendChild(renderQuestion(step, { lang: view.language, promptId }));
    session.form = null;
    if (answers) {
      const fromPreparation = me && (me.answer === undefined || me.answer === null) && me.preparation ? me.preparation : null;
      const initial = me && me.answer !== undefined && me.answer !== null ? me.answer : fromPreparation?.value;
      session.form = createAnswerForm(step, {
        lang: view.language,
        labelledBy: promptId,
        initial,
        preparation: fromPreparation,
        onSubmit: submit,
      });
      if (fromPreparation) session.form.element.dataset.fromPreparation = 'true';
      stepSection.appendChild(session.form.element);
    } else {
      stepSection.appendChild(tText(el('p', { class: 'room-wait hint', testid: 'room-wait' }),
        step.type === 'end' ? 'room.wait.end' : 'room.wait.listen'));
    }
    stepSection.appendChild(el('p', { class: 'room-own', testid: 'room-own', attrs: { hidden: true } }));
    stepSection.appendChild(el('p', { class: 'room-phase', testid: 'room-phase', attrs: { 'aria-live': 'polite' } }));
    if (moved) document.getElementById('room-prompt')?.focus({ preventScroll: false });
  }
  const phase = stepSection.querySelector('.room-phase');
  stepSection.dataset.phase = view.phase;
  if (view.phase === 'revealed' && answers) tText(phase, 'room.phase.revealed');
  else plainText(phase);
  const form = session.form;
  if (!form) return;
  // Once revealed, nobody can answer: the own answer in one line instead of the control, so that the
  // answers of everyone come into view.
  const revealed = view.phase === 'revealed';
  const answered = me && me.answer !== undefined && me.answer !== null;
  form.setDisabled(revealed);
  form.element.hidden = revealed;
  const own = stepSection.querySelector('.room-own');
  own.hidden = !revealed;
  clear(own);
  if (revealed) {
    if (answered) {
      own.append(tText(el('span', { class: 'room-own__label' }), 'room.answer.yours'), ' ',
        el('span', { class: 'room-own__value', testid: 'room-own-answer', text: me.display, attrs: { lang: view.language } }));
    } else {
      own.appendChild(tText(el('span', { class: 'room-own__label' }), 'room.answer.none'));
    }
  }
  if (session.pending) return;
  form.setSubmitKey(answered ? 'room.answer.change' : 'room.answer.submit');
  form.setStatus(answered ? 'room.answer.saved' : null);
  form.element.dataset.answered = String(Boolean(answered));
}

function renderPeople(view) {
  peopleSection.hidden = false;
  clear(peopleBody);
  const answers = asksAnswer(view.step);
  if (answers) peopleBody.appendChild(answeredCount(view));
  peopleBody.appendChild(participantChips(view, { selfId: session.participantId, showPresence: false, answerable: answers }));
}

function renderMe(view) {
  const node = document.getElementById('room-me');
  const self = (view.participants || []).find((p) => p.id === session.participantId);
  if (!self) {
    node.textContent = '';
    return;
  }
  if (self.organisation) tText(node, 'room.me.withOrganisation', self.name, self.organisation);
  else tText(node, 'room.me', self.name);
}

function submit(value) {
  const step = session.view?.step;
  const form = session.form;
  if (!step || !form) return;
  generalError.textContent = '';
  if (!session.live?.connected()) {
    form.showError(t('room.answer.offline'));
    return;
  }
  clearPending();
  session.pending = { nodeId: step.nodeId, value };
  form.setBusy(true);
  form.setStatus('room.answer.sending');
  if (!session.live.sendAnswer(step.nodeId, value)) {
    clearPending();
    form.setBusy(false);
    form.setStatus(null);
    form.showError(t('room.answer.offline'));
    return;
  }
  session.pendingTimer = setTimeout(async () => {
    if (!session.pending) return;
    await refresh();
    if (session.pending) {
      clearPending();
      session.form?.setBusy(false);
      session.form?.setStatus(null);
      session.form?.showError(t('room.answer.notConfirmed'));
    }
  }, CONFIRM_AFTER_MS);
}

/** The answer counts as saved once the server returns it as the own answer to the same step. */
function confirmPending() {
  const { pending, me } = session;
  if (!pending || !me || session.view?.step?.nodeId !== pending.nodeId) return;
  if (me.answer !== undefined && me.answer !== null && JSON.stringify(me.answer) === JSON.stringify(pending.value)) {
    clearPending();
    session.form?.setBusy(false);
    session.form?.showError('');
  }
}

function clearPending() {
  if (session.pendingTimer) clearTimeout(session.pendingTimer);
  session.pendingTimer = null;
  session.pending = null;
}

function refused(body) {
  const message = body.message || body.error || '';
  if (session.pending && session.form) {
    clearPending();
    session.form.setBusy(false);
    session.form.setStatus(null);
    session.form.showError(t('room.answer.refused', message));
    render();
    return;
  }
  generalError.textContent = t('room.refused', message);
}

function connectionChanged(state, detail) {
  showConnection(state);
  if (state === CONNECTION.REFUSED) {
    forgetMembership(session.roomId);
    showProblem('room.problem.gone');
    console.warn('room connection refused', detail);
  }
  if (state !== CONNECTION.CONNECTED && session.pending) {
    // What was sent may not have arrived: the form stays as it is, to be sent again.
    clearPending();
    session.form?.setBusy(false);
    session.form?.setStatus(null);
  }
}

function showProblem(key) {
  loading.hidden = true;
  tText(document.getElementById('room-problem-text'), key);
  document.getElementById('room-problem').hidden = false;
  stepSection.hidden = true;
  peopleSection.hidden = true;
  clear(revealedSlot);
}

init();
