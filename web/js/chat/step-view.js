// The current step: the assistant's prompt (and probe), help, the control, visibility, errors, actions.
import { el, clear } from '../shared/dom.js';
import { tText, pick } from '../shared/i18n.js';
import { createControl, ANSWER_TYPES } from '../shared/controls/registry.js';
import { assistantBubble, partnerBubble } from './bubbles.js';
import { createVisibilityToggle } from './visibility.js';

/**
 * Renders `step` into `container`; `answered` is the step's own answer from the conversation's answers (with
 * how it reads), or null.
 * handlers: { onSubmit(value, visibility), onBack(), onTranscript(), onRecapVisibility(nodeId, visibility) }
 * Returns { focusPrompt(), showError(message) }.
 */
export function renderStep(container, step, { lang, answered, handlers }) {
  clear(container);
  container.dataset.nodeId = step.nodeId;
  container.dataset.stepType = step.type;

  const bubbles = el('ol', { class: 'chat-log chat-log--current' });
  const promptId = 'step-prompt';
  // The dialogue changed under the conversation since the participant began: the server says where they go on.
  const notice = pick(step.notice, lang);
  if (notice) {
    bubbles.appendChild(assistantBubble(notice, { lang, id: 'step-notice', testid: 'step-notice' }));
  }
  if (step.item && step.item.count) {
    bubbles.appendChild(el('li', { class: 'step__item', testid: 'step-item' },
      tText(el('span'), 'step.item', step.item.index, step.item.count, pick(step.item.label, lang))));
  }
  bubbles.appendChild(assistantBubble(pick(step.prompt, lang), {
    lang, id: promptId, testid: 'step-prompt', tabindex: -1, kind: step.type === 'end' ? 'end' : null,
  }));
  const probe = pick(step.probe, lang);
  // A probe asks about the answer just given, so that answer shows above it.
  const probed = Boolean(probe && answered);
  if (probed) {
    bubbles.appendChild(partnerBubble(answered.display, { lang, visibility: answered.visibility }));
    bubbles.appendChild(assistantBubble(probe, { lang, id: 'step-probe', testid: 'step-probe', kind: 'probe' }));
  }
  container.appendChild(bubbles);

  const describedBy = [];
  const help = pick(step.help, lang);
  if (help) {
    container.appendChild(el('p', { id: 'step-help', class: 'step__help', testid: 'step-help', text: help, attrs: { lang } }));
    describedBy.push('step-help');
  }
  if (probed) {
    container.appendChild(tText(el('p', { id: 'step-probe-hint', class: 'hint' }), 'step.probeHint'));
    describedBy.push('step-probe', 'step-probe-hint');
  }

  if (step.type === 'end') {
    renderEnd(container, step, handlers);
    return { focusPrompt: () => focusFirst(container, '#step-prompt'), showError: () => {} };
  }

  const labelledBy = probed ? `${promptId} step-probe` : promptId;
  // The partner's shared answer of an earlier round: filled in as a starting point, sent only when they send it.
  const previous = step.previous && !step.answer ? step.previous : null;
  let previousNote = null;
  if (previous) {
    previousNote = el('div', { id: 'step-previous', class: 'preparation', testid: 'step-previous' },
      el('span', { class: 'preparation__badge' }, tText(el('span'), 'step.previous.badge', previous.round)),
      el('p', { class: 'preparation__text' }, tText(el('span'), 'step.previous.explain')),
      el('p', { class: 'preparation__value', testid: 'step-previous-value', text: previous.display, attrs: { lang } }));
    describedBy.push('step-previous');
  }
  const control = createControl(previous ? { ...step, answer: { value: previous.value } } : step,
    { lang, labelledBy, describedBy, onVisibility: handlers.onRecapVisibility });
  const visibility = ANSWER_TYPES.includes(step.type)
    ? createVisibilityToggle(step.answer?.visibility || step.visibility || 'shared')
    : null;
  const error = el('p', { id: 'step-error', class: 'error', testid: 'step-error', attrs: { 'aria-live': 'assertive' } });

  const submit = el('button', { class: 'button button--primary', testid: 'step-submit', attrs: { type: 'submit' } });
  tText(submit, step.type === 'recap' ? 'step.submitRecap' : 'step.submit');
  const back = step.canGoBack
    ? tText(el('button', {
      class: 'button button--secondary', testid: 'step-back', attrs: { type: 'button' },
      on: { click: () => handlers.onBack() },
    }), 'step.back')
    : null;

  const form = el('form', { class: 'step__form', testid: 'step-form', attrs: { novalidate: true } },
    previousNote,
    control ? control.element : null,
    visibility ? visibility.element : null,
    error,
    el('div', { class: 'step__actions' }, back, submit));
  container.appendChild(form);

  const showError = (message) => {
    error.textContent = message || '';
    const target = control?.invalidTarget;
    if (target) {
      if (message) {
        target.setAttribute('aria-invalid', 'true');
        const ids = (target.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
        if (!ids.includes('step-error')) target.setAttribute('aria-describedby', [...ids, 'step-error'].join(' '));
      } else {
        target.removeAttribute('aria-invalid');
      }
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (control) {
      const message = control.validate();
      if (message) {
        showError(message);
        control.focus();
        return;
      }
    }
    showError('');
    handlers.onSubmit(control ? control.value() : null, visibility ? visibility.value() : (step.visibility || 'shared'));
  });

  if (step.source && step.source.cite) {
    container.appendChild(el('p', { class: 'source', testid: 'step-source' },
      tText(el('span', { class: 'source__label' }), 'step.source'), ' ',
      el('cite', { text: step.source.cite })));
  }

  return {
    focusPrompt: () => focusFirst(container, '#step-prompt'),
    focusControl: () => control?.focus(),
    showError(message) {
      showError(message);
      if (message) control?.focus();
    },
    setBusy(busy) {
      form.setAttribute('aria-busy', String(busy));
      submit.disabled = busy;
      if (back) back.disabled = busy;
    },
  };
}

function renderEnd(container, step, handlers) {
  const actions = el('div', { class: 'step__actions step__actions--end' },
    tText(el('button', {
      class: 'button button--primary', testid: 'end-transcript', attrs: { type: 'button' },
      on: { click: () => handlers.onTranscript() },
    }), 'transcript.download'),
    tText(el('a', { class: 'button button--secondary', testid: 'end-home', attrs: { href: '/' } }), 'end.home'));
  container.appendChild(tText(el('p', { class: 'hint' }), 'end.explain'));
  container.appendChild(actions);
}

function focusFirst(container, selector) {
  const node = container.querySelector(selector);
  if (node) node.focus({ preventScroll: true });
  return node;
}

