// The answers so far, each with an "edit" control; submitting sends only the changed answers.
import { el, uid, clear } from '../dom.js';
import { tText, tAttr, pick } from '../i18n.js';
import { privateMark } from '../private-mark.js';

export function createRecapControl(step, ctx) {
  const editors = new Map();
  const list = el('ul', { class: 'recap-list', testid: 'recap-list' });

  for (const entry of step.recap || []) {
    const promptId = uid('recap-prompt');
    const display = el('p', { class: 'recap-item__answer', text: entry.display, attrs: { lang: ctx.lang } });
    const editorSlot = el('div', { class: 'recap-item__editor' });
    const toggle = el('button', {
      class: 'button button--secondary recap-item__edit',
      testid: `recap-edit-${entry.nodeId}`,
      attrs: { type: 'button', 'aria-expanded': 'false' },
    });
    const setToggle = (open) => {
      tText(toggle, open ? 'recap.cancelEdit' : 'recap.edit');
      tAttr(toggle, 'aria-label', open ? 'recap.cancelEditLabel' : 'recap.editLabel', pick(entry.prompt, ctx.lang));
      toggle.setAttribute('aria-expanded', String(open));
    };
    setToggle(false);
    toggle.addEventListener('click', () => {
      if (editors.has(entry.nodeId)) {
        editors.delete(entry.nodeId);
        clear(editorSlot);
        display.hidden = false;
        setToggle(false);
        toggle.focus();
        return;
      }
      const control = ctx.createControl({
        nodeId: entry.nodeId,
        type: entry.type,
        prompt: entry.prompt,
        options: entry.options,
        poles: entry.poles,
        min: entry.min,
        max: entry.max,
        scaleWords: entry.scaleWords,
        limits: entry.limits,
        answer: { value: entry.value, visibility: entry.visibility },
      }, { ...ctx, labelledBy: promptId, describedBy: [] });
      if (!control) return;
      editors.set(entry.nodeId, { control, original: entry.value });
      editorSlot.appendChild(control.element);
      display.hidden = true;
      setToggle(true);
      control.focus();
    });
    const markSlot = el('span', { class: 'recap-item__mark' });
    const visibilityButton = el('button', {
      class: 'link-button', testid: `recap-visibility-${entry.nodeId}`, attrs: { type: 'button' },
    });
    const showVisibility = () => {
      clear(markSlot);
      const isPrivate = entry.visibility === 'private';
      if (isPrivate) markSlot.appendChild(privateMark());
      tText(visibilityButton, isPrivate ? 'history.makeShared' : 'history.makePrivate');
      tAttr(visibilityButton, 'aria-label', isPrivate ? 'history.makeSharedLabel' : 'history.makePrivateLabel',
        pick(entry.prompt, ctx.lang));
    };
    showVisibility();
    visibilityButton.addEventListener('click', async () => {
      if (!ctx.onVisibility) return;
      const wanted = entry.visibility === 'private' ? 'shared' : 'private';
      visibilityButton.disabled = true;
      try {
        await ctx.onVisibility(entry.nodeId, wanted);
        entry.visibility = wanted;
        showVisibility();
      } catch {
        // the page shows the error next to the control
      } finally {
        visibilityButton.disabled = false;
        visibilityButton.focus();
      }
    });
    list.appendChild(el('li', { class: 'recap-item', testid: `recap-item-${entry.nodeId}` },
      el('p', { id: promptId, class: 'recap-item__prompt', text: pick(entry.prompt, ctx.lang), attrs: { lang: ctx.lang } }),
      display, editorSlot,
      el('div', { class: 'recap-item__actions' }, markSlot, ctx.onVisibility ? visibilityButton : null, toggle)));
  }
  if (!(step.recap || []).length) list.appendChild(tText(el('li', { class: 'recap-item' }), 'recap.empty'));

  return {
    element: el('div', { class: 'control control--recap' }, list),
    value() {
      const changes = {};
      for (const [nodeId, { control, original }] of editors) {
        const value = control.value();
        if (JSON.stringify(value) !== JSON.stringify(original)) changes[nodeId] = value;
      }
      return changes;
    },
    validate() {
      for (const { control } of editors.values()) {
        const message = control.validate();
        if (message) return message;
      }
      return null;
    },
    focus: () => list.querySelector('button')?.focus(),
    invalidTarget: list,
  };
}
