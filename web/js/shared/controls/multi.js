// Pick several options: checkboxes, with minSelected / maxSelected.
import { el, uid } from '../dom.js';
import { t, tText } from '../i18n.js';
import { renderOptions } from './options.js';

export function createMultiControl(step, ctx) {
  const limits = step.limits || {};
  const total = (step.options || []).length;
  const min = limits.minSelected ?? 1;
  const max = limits.maxSelected ?? total;
  const selected = Array.isArray(step.answer?.value) ? step.answer.value : [];
  const hintId = uid('multi-hint');
  const { fieldset, inputs } = renderOptions(step, { ...ctx, describedBy: [...(ctx.describedBy || []), hintId] },
    'checkbox', selected);
  const hint = el('p', { id: hintId, class: 'limits' });
  if (min === max) tText(hint, 'limits.selectExactly', min);
  else if (max >= total) tText(hint, 'limits.selectAtLeast', min);
  else tText(hint, 'limits.selectBetween', min, max);
  const counter = el('p', { class: 'counter', testid: 'multi-count' });
  const update = () => {
    const count = inputs.filter((input) => input.checked).length;
    tText(counter, 'multi.count', count, max);
    counter.classList.toggle('counter--over', count > max);
  };
  inputs.forEach((input) => input.addEventListener('change', update));
  update();
  const value = () => inputs.filter((input) => input.checked).map((input) => input.value);
  return {
    element: el('div', { class: 'control control--multi' }, hint, fieldset, counter),
    value,
    validate() {
      const count = value().length;
      if (count < min) return t('validation.minSelected', min);
      if (count > max) return t('validation.maxSelected', max);
      return null;
    },
    focus: () => inputs[0]?.focus(),
    invalidTarget: fieldset,
  };
}
