// The room's current step as a question (item, prompt, help; the group's answers on a recap) and the form
// to answer it with the same controls as the solo chat.
import { el, uid } from '../shared/dom.js';
import { tText, plainText, pick } from '../shared/i18n.js';
import { createControl, ANSWER_TYPES } from '../shared/controls/registry.js';

/** Whether people answer at this step. */
export function asksAnswer(step) {
  return Boolean(step) && ANSWER_TYPES.includes(step.type);
}

/**
 * The question of a step. options: { lang, promptId, heading ('h2'|'p'...), testid prefix via `prefix` }.
 */
export function renderQuestion(step, { lang, promptId = uid('prompt'), heading = 'h2', prefix = '' } = {}) {
  const box = el('div', { class: 'question', data: { nodeId: step.nodeId, stepType: step.type } });
  // The dialogue changed under the room since the session began: the server says where the group goes on.
  const notice = pick(step.notice, lang);
  if (notice) {
    box.appendChild(el('p', { class: 'question__notice', testid: `${prefix}step-notice`, text: notice, attrs: { lang, role: 'status' } }));
  }
  if (step.item && step.item.count) {
    box.appendChild(tText(el('p', { class: 'question__item', testid: `${prefix}step-item` }),
      'step.item', step.item.index, step.item.count, pick(step.item.label, lang)));
  }
  box.appendChild(el(heading, {
    id: promptId,
    class: `question__prompt question__prompt--${step.type}`,
    testid: `${prefix}step-prompt`,
    text: pick(step.prompt, lang),
    attrs: { lang, tabindex: -1 },
  }));
  const help = pick(step.help, lang);
  if (help) box.appendChild(el('p', { class: 'question__help', testid: `${prefix}step-help`, text: help, attrs: { lang } }));
  if (step.type === 'recap') box.appendChild(groupRecap(step, lang, prefix));
  return box;
}

/** On a recap the group sees what it settled on so far (the group's answers, not anyone's own). */
function groupRecap(step, lang, prefix) {
  const entries = step.recap || [];
  const list = el('ul', { class: 'group-recap', testid: `${prefix}group-recap` });
  for (const entry of entries) {
    list.appendChild(el('li', { class: 'group-recap__item' },
      el('span', { class: 'group-recap__prompt', text: pick(entry.prompt, lang), attrs: { lang } }),
      el('span', { class: 'group-recap__answer', text: entry.display, attrs: { lang } })));
  }
  if (!entries.length) list.appendChild(tText(el('li', { class: 'hint' }), 'room.recap.empty'));
  return el('div', { class: 'group-recap__box' },
    tText(el('p', { class: 'group-recap__title' }), 'room.recap.title'), list);
}

/**
 * The form to answer a step.
 * options: {
 *   lang, labelledBy (the prompt's id),
 *   initial: the value to start from (own earlier answer, or the preparation's),
 *   preparation: {display} (how the server reads it) when `initial` comes from the partner's own preparation,
 *   submitKey: message key of the button, onSubmit(value), prefix (for test ids) }
 * Returns { element, setBusy, setDisabled, showError, setStatus, focus }.
 */
export function createAnswerForm(step, { lang, labelledBy, initial, preparation, submitKey = 'room.answer.submit', onSubmit, prefix = '' }) {
  const errorId = uid('answer-error');
  const statusId = uid('answer-status');
  const describedBy = [];
  let note = null;
  if (preparation) {
    const noteId = uid('preparation');
    describedBy.push(noteId);
    note = el('div', { id: noteId, class: 'preparation', testid: `${prefix}preparation-note` },
      el('span', { class: 'preparation__badge' }, tText(el('span'), 'room.preparation.badge')),
      el('p', { class: 'preparation__text' }, tText(el('span'), 'room.preparation.explain')),
      el('p', { class: 'preparation__value', testid: `${prefix}preparation-value`, text: preparation.display, attrs: { lang } }));
  }
  const control = createControl({ ...step, answer: initial === undefined || initial === null ? undefined : { value: initial } },
    { lang, labelledBy, describedBy });
  const error = el('p', { id: errorId, class: 'error', testid: `${prefix}answer-error`, attrs: { 'aria-live': 'assertive' } });
  const status = el('p', { id: statusId, class: 'answer-status', testid: `${prefix}answer-status`, attrs: { role: 'status' } });
  const submit = el('button', { class: 'button button--primary', testid: `${prefix}answer-submit`, attrs: { type: 'submit' } });
  tText(submit, submitKey);
  const fieldset = el('fieldset', { class: 'answer-form__fields' }, note, control ? control.element : null);
  const form = el('form', { class: 'answer-form', testid: `${prefix}answer-form`, data: { nodeId: step.nodeId }, attrs: { novalidate: true } },
    fieldset, error, el('div', { class: 'answer-form__actions' }, status, submit));

  const showError = (message) => {
    error.textContent = message || '';
    const target = control?.invalidTarget;
    if (!target) return;
    if (message) {
      target.setAttribute('aria-invalid', 'true');
      const ids = (target.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
      if (!ids.includes(errorId)) target.setAttribute('aria-describedby', [...ids, errorId].join(' '));
    } else {
      target.removeAttribute('aria-invalid');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (fieldset.disabled) return;
    const message = control ? control.validate() : null;
    if (message) {
      showError(message);
      control.focus();
      return;
    }
    showError('');
    onSubmit(control ? control.value() : null);
  });

  return {
    element: form,
    nodeId: step.nodeId,
    setBusy(busy) {
      form.setAttribute('aria-busy', String(busy));
      submit.disabled = busy || fieldset.disabled;
    },
    setDisabled(disabled) {
      fieldset.disabled = disabled;
      submit.disabled = disabled;
    },
    setSubmitKey: (key) => tText(submit, key),
    showError,
    /** A status line under the form: a message key and arguments, or null to clear it. */
    setStatus(key, ...args) {
      if (!key) {
        plainText(status);
        delete status.dataset.state;
        return;
      }
      tText(status, key, ...args);
      status.dataset.state = key.split('.').pop();
    },
    focus: () => control?.focus(),
  };
}
