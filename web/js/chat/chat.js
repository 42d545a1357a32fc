// The conversation page: loads the conversation from the fragment (#id=..&token=..),
// shows earlier steps as bubbles and the current step with its control.
import { conversationApi } from '../shared/conversation-api.js';
import { loadMessages, mountLangSwitch, tText, plainText, currentLang } from '../shared/i18n.js';
import { conversationFromLocation, saveConversation, findConversation, resumeUrl } from '../shared/conversations.js';
import { describeError } from '../shared/errors.js';
import { renderProgress } from '../shared/progress.js';
import { showDialogueTitle } from '../shared/dialogues.js';
import { renderHistory } from './history.js';
import { renderStep } from './step-view.js';
import { setupResumePanel } from './resume-panel.js';
import { downloadTranscript } from './transcript.js';
import { invitationFromLocation, openInvitation, describeInvitationError } from './invitation.js';

const session = { id: null, token: null, conversation: null, view: null, busy: false };

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
    const conversation = await conversationApi.conversation(session.id, session.token);
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
  // Only the answers before the current step belong in the history (the current one is prefilled); after
  // going back, the answers list also holds those further on, numbered by their place on the way.
  const earlier = answers.filter((answer) => answer.position < step.progress.current);
  renderProgress(document.getElementById('progress'), step.progress);
  renderHistory(log, earlier, {
    lang,
    canEdit: conversation.status !== 'finished',
    handlers: { onEdit: jumpBack, onVisibility: changeVisibility },
  });
  // On the last step the transcript button sits in the step itself.
  document.getElementById('transcript-button').hidden = step.type === 'end';
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
async function act(action, { keepStep = false, refocus = null } = {}) {
  if (session.busy) return;
  session.busy = true;
  session.view?.setBusy?.(true);
  stepContainer.setAttribute('aria-busy', 'true');
  try {
    await action();
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
  return act(() => conversationApi.answer(session.id, session.token, step.nodeId, value, visibility));
}

function back() {
  return act(() => conversationApi.back(session.id, session.token));
}

function jumpBack(nodeId) {
  return act(() => conversationApi.back(session.id, session.token, nodeId));
}

function changeVisibility(nodeId, visibility) {
  return act(() => conversationApi.visibility(session.id, session.token, nodeId, visibility), {
    keepStep: true,
    refocus: `[data-testid="history-visibility-${CSS.escape(nodeId)}"]`,
  });
}

/** Changes an answer's visibility from the recap without leaving it (edits in progress stay). */
async function recapVisibility(nodeId, visibility) {
  try {
    session.view?.showError?.('');
    await conversationApi.visibility(session.id, session.token, nodeId, visibility);
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
  const dialogue = await showDialogueTitle(document.getElementById('chat-title'), session.conversation.dialogueId, 'app.name');
  // The home page lists this conversation by its title, also when it began from an invitation.
  if (dialogue && !findConversation(session.id)?.title) {
    saveConversation({ id: session.id, token: session.token, title: dialogue.title });
  }
}

function showProblem(key) {
  loading.hidden = true;
  tText(document.getElementById('chat-problem-text'), key);
  problem.hidden = false;
}

function showProblemText(text) {
  plainText(document.getElementById('chat-problem-text'), text);
  problem.hidden = false;
}

init();
