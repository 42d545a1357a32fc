// The conversation page: loads the conversation from the fragment (#id=..&token=..),
// shows earlier steps as bubbles and the current step with its control.
import { api } from './api.js';
import { loadMessages, mountLangSwitch, pick, t, tText, currentLang } from './i18n.js';
import { conversationFromLocation, saveConversation, findConversation, resumeUrl } from './store.js';
import { describeError } from './errors.js';
import { renderHistory } from './chat/history.js';
import { renderStep } from './chat/step-view.js';
import { renderProgress } from './chat/progress.js';
import { answersBefore, afterMove } from './chat/path.js';
import { ANSWER_TYPES } from './controls/registry.js';
import { setupResumePanel } from './chat/resume-panel.js';
import { downloadTranscript } from './chat/transcript.js';
import { invitationFromLocation, openInvitation, describeInvitationError } from './chat/invitation.js';

const session = {
  id: null, token: null, conversation: null, view: null, busy: false, dialogues: null, earlier: [],
};

const log = document.getElementById('chat-log');
const stepContainer = document.getElementById('current-step');
const problem = document.getElementById('chat-problem');
const loading = document.getElementById('chat-loading');
const tools = document.getElementById('chat-tools');

async function init() {
  await loadMessages();
  mountLangSwitch(document.getElementById('lang-switch'));
  document.addEventListener('samenspraak:langchange', () => {
    if (session.conversation) renderTitle();
  });
  window.addEventListener('hashchange', () => window.location.reload());

  // A personal invitation link: start or resume that partner's conversation, then go on as usual.
  const invitation = invitationFromLocation();
  if (invitation) {
    try {
      const opened = await openInvitation(invitation, currentLang());
      saveConversation({ id: opened.id, token: opened.token, invited: true });
      window.history.replaceState(null, '', resumeUrl(opened.id, opened.token));
    } catch (error) {
      loading.hidden = true;
      showProblemText(describeInvitationError(error));
      return;
    }
  }

  const location = conversationFromLocation();
  if (!location || !location.token) {
    showProblem('chat.missing');
    return;
  }
  session.id = location.id;
  session.token = location.token;
  saveConversation({ id: session.id, token: session.token });
  setupResumePanel(session);
  document.getElementById('transcript-button').addEventListener('click', transcript);
  await reload({ focus: false });
}

async function reload({ focus, keepStep = false, refocus = null }) {
  try {
    const conversation = await api.conversation(session.id, session.token);
    session.conversation = conversation;
    loading.hidden = true;
    problem.hidden = true;
    tools.hidden = false;
    saveConversation({
      id: session.id,
      token: session.token,
      dialogueId: conversation.dialogueId,
      status: conversation.status,
    });
    render(focus, keepStep);
    if (refocus) document.querySelector(refocus)?.focus();
    renderTitle();
  } catch (error) {
    loading.hidden = true;
    // 410: the invitation behind this conversation was withdrawn or has expired.
    showProblemText(error.status === 410 ? describeInvitationError(error) : describeError(error));
  }
}

/** Renders history and step; with keepStep the current step (and what is typed in it) stays as it is. */
function render(focus, keepStep = false) {
  const { conversation } = session;
  const step = conversation.step;
  const lang = conversation.language || 'nl';
  const answers = Array.isArray(conversation.answers) ? conversation.answers : [];
  // Only the answers before the current step belong in the history (the current one is prefilled).
  const earlier = answersBefore(answers, step, findConversation(session.id)?.at);
  session.earlier = earlier;
  renderProgress(step?.progress || conversation.progress);
  renderHistory(log, earlier, {
    lang,
    canEdit: conversation.status !== 'finished',
    handlers: { onEdit: jumpBack, onVisibility: changeVisibility },
  });
  // On the last step the transcript button sits in the step itself.
  document.getElementById('transcript-button').hidden = step?.type === 'end';
  if (!step) {
    session.view = null;
    return;
  }
  if (keepStep && session.view && stepContainer.dataset.nodeId === step.nodeId) return;
  session.view = renderStep(stepContainer, step, {
    lang,
    answered: answers.find((answer) => answer.nodeId === step.nodeId) || null,
    handlers: { onSubmit: submit, onBack: back, onTranscript: transcript, onRecapVisibility: recapVisibility },
  });
  // The new question at the top of the view (below the sticky header); focus moves there after a move.
  if (focus) session.view.focusPrompt();
  document.getElementById('step-prompt')?.scrollIntoView({ block: 'start' });
}

/** Runs one API action; on success reloads the conversation, on failure shows the error at the control. */
async function act(action, move, { keepStep = false, refocus = null } = {}) {
  if (session.busy) return;
  const from = session.conversation?.step;
  const before = session.earlier;
  session.busy = true;
  session.view?.setBusy?.(true);
  stepContainer.setAttribute('aria-busy', 'true');
  try {
    const result = await action();
    const next = result?.step?.nodeId;
    if (from && next) {
      const at = afterMove(move, { nodeId: from.nodeId, answerable: ANSWER_TYPES.includes(from.type) }, before, next);
      saveConversation({ id: session.id, token: session.token, at: at || { nodeId: null, before: [] } });
    }
    await reload({ focus: !refocus, keepStep, refocus });
  } catch (error) {
    session.view?.setBusy?.(false);
    if (session.view?.showError) session.view.showError(describeError(error));
    else showProblemText(describeError(error));
  } finally {
    session.busy = false;
    session.view?.setBusy?.(false);
    stepContainer.removeAttribute('aria-busy');
  }
}

function submit(value, visibility) {
  const { step } = session.conversation;
  return act(() => api.answer(session.id, session.token, step.nodeId, value, visibility), 'forward');
}

function back() {
  return act(() => api.back(session.id, session.token), 'back');
}

function jumpBack(nodeId) {
  return act(() => api.back(session.id, session.token, nodeId), 'jump');
}

function changeVisibility(nodeId, visibility) {
  return act(() => api.visibility(session.id, session.token, nodeId, visibility), 'stay', {
    keepStep: true,
    refocus: `[data-testid="history-visibility-${CSS.escape(nodeId)}"]`,
  });
}

/** Changes an answer's visibility from the recap without leaving it (edits in progress stay). */
async function recapVisibility(nodeId, visibility) {
  try {
    session.view?.showError?.('');
    await api.visibility(session.id, session.token, nodeId, visibility);
  } catch (error) {
    session.view?.showError?.(describeError(error));
    throw error;
  }
}

function transcript() {
  return downloadTranscript({
    id: session.id,
    token: session.token,
    dialogueId: session.conversation?.dialogueId,
    link: document.getElementById('transcript-link'),
    status: document.getElementById('transcript-status'),
  });
}

async function renderTitle() {
  const title = document.getElementById('chat-title');
  const { dialogueId } = session.conversation;
  let titles = findConversation(session.id)?.title;
  if (!titles) {
    try {
      session.dialogues = session.dialogues || await api.dialogues();
      titles = session.dialogues.find((dialogue) => dialogue.id === dialogueId)?.title;
      if (titles) saveConversation({ id: session.id, token: session.token, title: titles });
    } catch {
      titles = null;
    }
  }
  const text = pick(titles, currentLang()) || dialogueId || '';
  title.textContent = text;
  document.title = text ? `${text} · ${t('app.name')}` : t('chat.pageTitle');
}

function showProblem(key) {
  loading.hidden = true;
  tText(document.getElementById('chat-problem-text'), key);
  problem.hidden = false;
}

function showProblemText(text) {
  const node = document.getElementById('chat-problem-text');
  delete node.dataset.i18n;
  node.textContent = text;
  problem.hidden = false;
}

init();
