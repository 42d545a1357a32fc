// A position between two poles: a range slider with the poles at its ends and the value in words.
import { el, uid, describedBy } from '../dom.js';
import { t, tText, pick } from '../i18n.js';

/** The message key and arguments that say a scale value in words. */
export function scaleWords(value, min, max, left, right) {
  const middle = (min + max) / 2;
  if (value === middle) return ['scale.middle'];
  const toLeft = value < middle;
  const fraction = toLeft ? (middle - value) / (middle - min) : (value - middle) / (max - middle);
  const pole = toLeft ? left : right;
  if (fraction >= 1) return ['scale.fully', pole];
  if (fraction >= 0.5) return ['scale.leaning', pole];
  return ['scale.slightly', pole];
}

export function createScaleControl(step, ctx) {
  const min = Number.isInteger(step.min) ? step.min : -3;
  const max = Number.isInteger(step.max) ? step.max : 3;
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

  const output = el('output', { id: outputId, class: 'scale__value', testid: 'scale-value', attrs: { for: id, 'aria-live': 'polite' } });
  const update = () => {
    const value = Number(input.value);
    const [key, ...args] = scaleWords(value, min, max, left, right);
    const words = t(key, ...args);
    tText(output, 'scale.value', value > 0 ? `+${value}` : String(value), words);
    input.setAttribute('aria-valuetext', t('scale.value', value > 0 ? `+${value}` : String(value), words));
  };
  input.addEventListener('input', update);
  const onLangChange = () => (input.isConnected ? update() : document.removeEventListener('samenspraak:langchange', onLangChange));
  document.addEventListener('samenspraak:langchange', onLangChange);
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
