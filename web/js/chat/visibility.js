// The private/shared switch for the answer of the current step.
import { el, uid } from '../shared/dom.js';
import { tText } from '../shared/i18n.js';

export function createVisibilityToggle(initial) {
  const id = uid('visibility');
  const input = el('input', {
    id,
    class: 'switch__input',
    testid: 'visibility-private',
    attrs: { type: 'checkbox', role: 'switch', 'aria-describedby': `${id}-explain` },
  });
  input.checked = initial === 'private';
  const element = el('div', { class: 'visibility' },
    el('div', { class: 'switch' },
      input,
      el('label', { attrs: { for: id }, class: 'switch__label' },
        el('span', { class: 'icon icon--lock', attrs: { 'aria-hidden': 'true' } }),
        tText(el('span'), 'visibility.label'))),
    tText(el('p', { id: `${id}-explain`, class: 'hint visibility__explain' }), 'visibility.explain'));
  return {
    element,
    value: () => (input.checked ? 'private' : 'shared'),
  };
}
