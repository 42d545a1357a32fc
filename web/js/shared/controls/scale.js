// A position between two poles: a range slider with the poles at its ends and the value in words, as the
// server reads each position (step.scaleWords), so that it says the same as the answer will once given.
import { el, uid, describedBy } from '../dom.js';
import { tText, pick } from '../i18n.js';

export function createScaleControl(step, ctx) {
  const { min, max } = step;
  const left = pick(step.poles?.left, ctx.lang);
  const right = pick(step.poles?.right, ctx.lang);
  const id = uid('scale');
  const leftId = `${id}-left`;
  const rightId = `${id}-right`;
  const outputId = `${id}-value`;
  const initial = Number.isInteger(step.answer?.value) ? step.answer.value : Math.round((min + max) / 2);

  const input = el('input', {
    id,
    class: 'range',
    testid: 'scale-input',
    attrs: { type: 'range', min, max, step: 1, 'aria-labelledby': ctx.labelledBy },
  });
  input.value = String(initial);
  describedBy(input, ...(ctx.describedBy || []), leftId, rightId);

  const output = el('output', {
    id: outputId, class: 'scale__value', testid: 'scale-value', attrs: { for: id, 'aria-live': 'polite', lang: ctx.lang },
  });
  const words = new Map((step.scaleWords || []).map((word) => [word.value, word.display]));
  const update = () => {
    const value = Number(input.value);
    const text = words.get(value) ?? String(value);
    output.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  input.addEventListener('input', update);
  update();

  const ticks = el('div', { class: 'scale__ticks', attrs: { 'aria-hidden': 'true' } });
  for (let value = min; value <= max; value += 1) ticks.appendChild(el('span', { text: value > 0 ? `+${value}` : value }));

  const element = el('div', { class: 'control control--scale' },
    el('div', { class: 'scale__poles' },
      el('span', { id: leftId, class: 'scale__pole scale__pole--left', testid: 'scale-left', attrs: { lang: ctx.lang } },
        tText(el('span', { class: 'sr-only' }), 'scale.leftPole'), left),
      el('span', { id: rightId, class: 'scale__pole scale__pole--right', testid: 'scale-right', attrs: { lang: ctx.lang } },
        tText(el('span', { class: 'sr-only' }), 'scale.rightPole'), right)),
    input,
    ticks,
    output,
    tText(el('p', { class: 'hint' }), 'scale.keyboardHint'));
  return {
    element,
    value: () => Number(input.value),
    validate: () => null,
    focus: () => input.focus(),
    invalidTarget: input,
  };
}
