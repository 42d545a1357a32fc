// Shared rendering for choice (radio) and multi (checkbox) options.
import { el, uid, describedBy } from '../dom.js';
import { pick } from '../i18n.js';

export function renderOptions(step, ctx, type, selected) {
  const name = uid(type === 'radio' ? 'choice' : 'multi');
  const fieldset = el('fieldset', { class: 'options', attrs: { 'aria-labelledby': ctx.labelledBy } });
  describedBy(fieldset, ...(ctx.describedBy || []));
  const inputs = [];
  for (const option of step.options || []) {
    const id = `${name}-${option.id}`;
    const helpId = option.help ? `${id}-help` : null;
    const input = el('input', {
      id,
      testid: `option-${option.id}`,
      attrs: { type, name, value: option.id, 'aria-describedby': helpId },
    });
    input.checked = selected.includes(option.id);
    inputs.push(input);
    fieldset.appendChild(el('div', { class: 'option' },
      input,
      el('label', { attrs: { for: id, lang: ctx.lang }, class: 'option__label' },
        el('span', { class: 'option__text', text: pick(option.label, ctx.lang) }),
        option.help ? el('span', { id: helpId, class: 'option__help', text: pick(option.help, ctx.lang) }) : null)));
  }
  return { fieldset, inputs };
}
