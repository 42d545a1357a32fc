// Order all options, most important first: drag with a pointer (mouse, pen, touch),
// or with the keyboard (up/down buttons per item, Alt+ArrowUp / Alt+ArrowDown).
import { el, uid, clear, describedBy } from '../dom.js';
import { t, tText, tAttr, pick } from '../i18n.js';

export function createRankControl(step, ctx) {
  const options = step.options || [];
  const labels = new Map(options.map((option) => [option.id, pick(option.label, ctx.lang)]));
  const saved = Array.isArray(step.answer?.value) ? step.answer.value.filter((id) => labels.has(id)) : [];
  let order = [...saved, ...options.map((option) => option.id).filter((id) => !saved.includes(id))];

  const id = uid('rank');
  const hint = tText(el('p', { id: `${id}-hint`, class: 'hint' }), 'rank.hint');
  const live = el('p', { class: 'sr-only', attrs: { 'aria-live': 'assertive' }, testid: 'rank-status' });
  const listNode = el('ol', { class: 'rank-list', testid: 'rank-list', attrs: { 'aria-labelledby': ctx.labelledBy } });
  describedBy(listNode, ...(ctx.describedBy || []), `${id}-hint`);

  function announce(optionId) {
    tText(live, 'rank.moved', labels.get(optionId), order.indexOf(optionId) + 1, order.length);
  }

  function move(optionId, delta, focusSelector) {
    const from = order.indexOf(optionId);
    const to = from + delta;
    if (to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, optionId);
    render();
    announce(optionId);
    const item = listNode.querySelector(`li[data-option="${CSS.escape(optionId)}"]`);
    (focusSelector ? item?.querySelector(focusSelector) : item)?.focus();
  }

  function render() {
    clear(listNode);
    order.forEach((optionId, index) => {
      const label = labels.get(optionId);
      const handle = el('span', { class: 'rank-item__handle', attrs: { 'aria-hidden': 'true' }, testid: 'rank-handle' });
      const up = el('button', {
        class: 'button button--quiet button--icon rank-item__up',
        testid: 'rank-up',
        attrs: { type: 'button', 'aria-disabled': index === 0 ? 'true' : null },
        on: { click: () => move(optionId, -1, '.rank-item__up') },
      }, el('span', { class: 'icon icon--up', attrs: { 'aria-hidden': 'true' } }));
      tAttr(up, 'aria-label', 'rank.upLabel', label);
      tAttr(up, 'title', 'rank.up');
      const down = el('button', {
        class: 'button button--quiet button--icon rank-item__down',
        testid: 'rank-down',
        attrs: { type: 'button', 'aria-disabled': index === order.length - 1 ? 'true' : null },
        on: { click: () => move(optionId, 1, '.rank-item__down') },
      }, el('span', { class: 'icon icon--down', attrs: { 'aria-hidden': 'true' } }));
      tAttr(down, 'aria-label', 'rank.downLabel', label);
      tAttr(down, 'title', 'rank.down');
      const item = el('li', {
        class: 'rank-item',
        testid: `rank-item-${optionId}`,
        data: { option: optionId },
        attrs: { tabindex: 0 },
      },
      handle,
      el('span', { class: 'rank-item__position', text: `${index + 1}.`, attrs: { 'aria-hidden': 'true' } }),
      el('span', { class: 'rank-item__label', text: label, attrs: { lang: ctx.lang } }),
      el('span', { class: 'rank-item__buttons' }, up, down));
      tAttr(item, 'aria-label', 'rank.itemLabel', label, index + 1, order.length);
      item.addEventListener('keydown', (event) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        event.preventDefault();
        const selector = event.target === item ? '' : (event.target.closest('button')?.classList.contains('rank-item__up')
          ? '.rank-item__up' : '.rank-item__down');
        move(optionId, event.key === 'ArrowUp' ? -1 : 1, selector);
      });
      handle.addEventListener('pointerdown', (event) => startDrag(event, item, optionId));
      listNode.appendChild(item);
    });
  }

  function startDrag(event, item, optionId) {
    if (event.button !== 0) return;
    event.preventDefault();
    const handle = event.currentTarget;
    handle.setPointerCapture?.(event.pointerId);
    item.classList.add('rank-item--dragging');
    const onMove = (moveEvent) => {
      const siblings = [...listNode.children].filter((child) => child !== item);
      const before = siblings.find((child) => {
        const rect = child.getBoundingClientRect();
        return moveEvent.clientY < rect.top + rect.height / 2;
      });
      if (before) {
        if (item.nextElementSibling !== before) listNode.insertBefore(item, before);
      } else if (listNode.lastElementChild !== item) {
        listNode.appendChild(item);
      }
    };
    const onUp = () => {
      handle.removeEventListener('pointermove', onMove);
      handle.removeEventListener('pointerup', onUp);
      handle.removeEventListener('pointercancel', onUp);
      item.classList.remove('rank-item--dragging');
      order = [...listNode.children].map((child) => child.dataset.option);
      render();
      announce(optionId);
      listNode.querySelector(`li[data-option="${CSS.escape(optionId)}"]`)?.focus();
    };
    handle.addEventListener('pointermove', onMove);
    handle.addEventListener('pointerup', onUp);
    handle.addEventListener('pointercancel', onUp);
  }

  render();
  return {
    element: el('div', { class: 'control control--rank' }, hint, listNode, live),
    value: () => [...order],
    validate: () => null,
    focus: () => listNode.querySelector('li')?.focus(),
    invalidTarget: listNode,
  };
}
