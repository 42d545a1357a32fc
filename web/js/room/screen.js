// The shared screen for a projector (#room=<id>, the facilitator's session): how to join (code, address,
// QR code), the question, who has answered, and after a reveal the answers and figures. It follows the
// public room view, so it never shows answers before the facilitator reveals them.
import { el, clear } from '../shared/dom.js';
import { loadMessages, pick, t, tText, tAttr, currentLang } from '../shared/i18n.js';
import { renderProgress } from '../shared/progress.js';
import { showDialogueTitle } from '../shared/dialogues.js';
import { joinUrl } from '../shared/join-url.js';
import { fragmentParam } from '../shared/fragment.js';
import { roomApi } from './room-api.js';
import { connectRoom, CONNECTION } from './live.js';
import { showConnection } from './connection-view.js';
import { renderQuestion, asksAnswer } from './step-card.js';
import { renderRevealed } from './revealed.js';
import { answeredCount, participantChips } from './people.js';

const session = { roomId: null, view: null, live: null, stopped: false };
const $ = (id) => document.getElementById(id);

async function init() {
  await loadMessages();
  document.addEventListener('samenspraak:langchange', () => render(true));
  window.addEventListener('hashchange', () => window.location.reload());
  session.roomId = fragmentParam('room');
  if (!session.roomId) {
    showProblem('console.problem.noRoom');
    return;
  }
  if (!(await refresh())) return;
  session.live = connectRoom({
    roomId: session.roomId,
    token: null,
    topics: ['public'],
    onView: (view) => show(view),
    onConnected: () => refresh(),
    onState: (state) => {
      showConnection(state);
      if (state === CONNECTION.REFUSED) showProblem('console.problem.loggedOut');
    },
  });
}

async function refresh() {
  try {
    const view = await roomApi.room(session.roomId);
    $('screen-loading').hidden = true;
    show(view);
    return true;
  } catch (error) {
    $('screen-loading').hidden = true;
    if (error.status === 401 || error.status === 403) showProblem('console.problem.loggedOut');
    else if (error.status === 404) showProblem('console.problem.notFound');
    else if (!session.view) showProblem(error.status === 0 ? 'room.problem.network' : 'room.problem.server');
    return false;
  }
}

function show(view) {
  // The facilitator's own fetch carries the live answers: the screen never shows them.
  const { live, me, ...shared } = view;
  session.view = shared;
  render();
}

function render(rebuild = false) {
  const view = session.view;
  if (!view) return;
  $('screen-problem').hidden = true;
  showDialogueTitle($('screen-title'), view.dialogueId, 'screen.pageTitle');
  renderJoin(view);
  renderProgress($('progress'), view.step?.progress);
  const closed = view.status === 'closed';
  $('screen-closed').hidden = !closed;
  renderQuestionPart(view, rebuild);
  const people = $('screen-people');
  clear(people);
  const answers = asksAnswer(view.step);
  if (!closed && (answers || !(view.participants || []).length)) {
    if (answers) people.appendChild(answeredCount(view));
    people.appendChild(participantChips(view, { showPresence: false, answerable: answers }));
  }
  const slot = $('screen-revealed');
  clear(slot);
  const revealed = renderRevealed(view, { lang: view.language, collapseAnswers: !view.revealNames });
  if (revealed) slot.appendChild(revealed);
  document.body.dataset.phase = closed ? 'closed' : view.phase;
  if (closed && !session.stopped) {
    session.stopped = true;
    session.live?.stop();
  }
}

function renderQuestionPart(view, rebuild) {
  const box = $('screen-question');
  const step = view.step;
  const key = step ? `${step.nodeId}|${currentLang()}` : '';
  if (!rebuild && box.dataset.key === key) return;
  clear(box);
  box.dataset.key = key;
  if (!step) return;
  box.dataset.nodeId = step.nodeId;
  box.dataset.stepType = step.type;
  box.appendChild(renderQuestion(step, { lang: view.language, promptId: 'screen-prompt', heading: 'h2', prefix: 'screen-' }));
  if (step.type === 'scale') {
    box.appendChild(el('div', { class: 'screen-poles' },
      el('span', { class: 'screen-poles__pole', text: pick(step.poles?.left), attrs: { lang: view.language } }),
      el('span', { class: 'screen-poles__arrow', attrs: { 'aria-hidden': 'true' } }),
      el('span', { class: 'screen-poles__pole screen-poles__pole--right', text: pick(step.poles?.right), attrs: { lang: view.language } })));
  }
  if (step.type === 'choice' || step.type === 'multi' || step.type === 'rank') {
    const options = el('ul', { class: 'screen-options', testid: 'screen-options' });
    for (const option of step.options || []) options.appendChild(el('li', { text: pick(option.label), attrs: { lang: view.language } }));
    box.appendChild(options);
  }
}

function renderJoin(view) {
  const aside = $('screen-join');
  const open = view.status !== 'closed' && view.joinCode;
  aside.hidden = !open;
  document.body.classList.toggle('screen-body--no-join', !open);
  if (!open) return;
  const url = joinUrl(view.joinCode);
  $('screen-code').textContent = view.joinCode;
  tAttr($('screen-code'), 'aria-label', 'screen.join.codeLabel', view.joinCode.split('').join(' '));
  // The address without scheme and fragment; it may wrap only before the path.
  const address = new URL(url);
  const urlLine = $('screen-url');
  clear(urlLine);
  urlLine.append(address.host, el('wbr'), address.pathname);
  const qr = $('screen-qr');
  const src = roomApi.qrUrl(view.id);
  if (qr.getAttribute('src') !== src) qr.setAttribute('src', src);
  tAttr(qr, 'alt', 'screen.join.qrAlt', url);
  qr.hidden = false;
}

function showProblem(key) {
  $('screen-loading').hidden = true;
  tText($('screen-problem-text'), key);
  $('screen-problem').hidden = false;
}

init();
