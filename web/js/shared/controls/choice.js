// Pick one option: radio buttons.
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { renderOptions } from './options.js';

export function createChoiceControl(step, ctx) {
  const selected = step.answer?.value ? [step.answer.value] : [];
  const { fieldset, inputs } = renderOptions(step, ctx, 'radio', selected);
  return {
    element: el('div', { class: 'control control--choice' }, fieldset),
    value: () => (inputs.find((input) => input.checked) || {}).value ?? null,
    validate: () => (inputs.some((input) => input.checked) ? null : t('validation.choice')),
    focus: () => (inputs.find((input) => input.checked) || inputs[0])?.focus(),
    invalidTarget: fieldset,
  };
}
