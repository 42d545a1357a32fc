// A list of short items ("what I bring"): add with Enter or a button, edit in place, remove.
import { el, uid, clear, describedBy } from '../dom.js';
import { t, tText, tAttr, pick } from '../i18n.js';

export function createListControl(step, ctx) {
  const limits = step.limits || {};
  const maxItems = limits.maxItems ?? 10;
  const minItems = limits.minItems ?? 1;
  const maxItemChars = limits.maxItemChars ?? 200;
  const id = uid('list');
  let items = Array.isArray(step.answer?.value) ? step.answer.value.map(String) : [];

  const listNode = el('ol', { class: 'list-items', testid: 'list-items', attrs: { 'aria-labelledby': ctx.labelledBy } });
  const addInput = el('input', {
    id: `${id}-new`,
    class: 'input',
    testid: 'list-new-item',
    attrs: { type: 'text', maxlength: maxItemChars, placeholder: pick(step.placeholder, ctx.lang) || null, lang: ctx.lang },
  });
  const addLabel = tText(el('label', { attrs: { for: `${id}-new` }, class: 'label list-add__label' }), 'list.newItem');
  const addButton = tText(el('button', { class: 'button button--secondary', testid: 'list-add', attrs: { type: 'button' } }), 'list.add');
  const counter = el('p', { id: `${id}-count`, class: 'counter', attrs: { 'aria-live': 'polite' }, testid: 'list-count' });
  const limitText = tText(el('p', { id: `${id}-limits`, class: 'limits' }), 'limits.list', minItems, maxItems, maxItemChars);
  describedBy(addInput, ...(ctx.describedBy || []), `${id}-limits`, `${id}-count`);

  function render(focusIndex) {
    clear(listNode);
    items.forEach((item, index) => {
      const inputId = `${id}-item-${index}`;
      const input = el('input', {
        id: inputId,
        class: 'input',
        testid: 'list-item-input',
        attrs: { type: 'text', maxlength: maxItemChars, lang: ctx.lang },
        on: {
          input: (event) => { items[index] = event.target.value; },
          keydown: (event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              addInput.focus();
            }
          },
        },
      });
      input.value = item;
      tAttr(input, 'aria-label', 'list.itemLabel', index + 1);
      const remove = el('button', {
        class: 'button button--quiet button--icon',
        testid: 'list-remove',
        attrs: { type: 'button' },
        on: { click: () => removeItem(index) },
      }, el('span', { class: 'icon icon--remove', attrs: { 'aria-hidden': 'true' } }));
      tAttr(remove, 'aria-label', 'list.removeLabel', index + 1);
      tAttr(remove, 'title', 'list.remove');
      listNode.appendChild(el('li', { class: 'list-item', testid: 'list-item' }, input, remove));
    });
    tText(counter, 'list.count', items.length, maxItems);
    const full = items.length >= maxItems;
    addInput.disabled = full;
    addButton.disabled = full;
    if (focusIndex !== undefined) {
      const inputs = listNode.querySelectorAll('input');
      (inputs[Math.min(focusIndex, inputs.length - 1)] || addInput).focus();
    }
  }

  function addItem() {
    const text = addInput.value.trim();
    if (!text) {
      addInput.focus();
      return;
    }
    if (items.length >= maxItems) return;
    items.push(text.slice(0, maxItemChars));
    addInput.value = '';
    render();
    addInput.focus();
  }

  function removeItem(index) {
    items.splice(index, 1);
    render(index);
  }

  addInput.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addItem();
    }
  });
  addButton.addEventListener('click', addItem);
  render();

  const current = () => {
    const all = items.map((item) => item.trim()).filter(Boolean);
    const pending = addInput.value.trim();
    if (pending && all.length < maxItems) all.push(pending);
    return all;
  };

  return {
    element: el('div', { class: 'control control--list' },
      listNode,
      addLabel,
      el('div', { class: 'list-add' }, addInput, addButton),
      counter, limitText),
    value: current,
    validate() {
      const value = current();
      if (value.length < minItems) return minItems === 1 ? t('validation.listRequired') : t('validation.minItems', minItems);
      if (value.length > maxItems) return t('validation.maxItems', maxItems);
      if (value.some((item) => item.length > maxItemChars)) return t('validation.maxItemChars', maxItemChars);
      return null;
    },
    focus: () => (listNode.querySelector('input') || addInput).focus(),
    invalidTarget: addInput,
  };
}
