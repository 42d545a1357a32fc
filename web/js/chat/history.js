// The earlier steps of the conversation as bubbles, with per-answer "change" and visibility actions.
import { el, clear } from '../shared/dom.js';
import { tText, tAttr, pick } from '../shared/i18n.js';
import { assistantBubble, partnerBubble } from './bubbles.js';

/**
 * Renders `answers` (the answers on the current path, before the current step: only questions have one)
 * into `log`, each as the server reads it.
 * handlers: { onEdit(nodeId), onVisibility(nodeId, visibility) }
 */
export function renderHistory(log, answers, { lang, handlers, canEdit }) {
  clear(log);
  answers.forEach((answer, index) => {
    const prompt = pick(answer.prompt, lang);
    if (prompt) log.appendChild(assistantBubble(prompt, { lang }));
    const actions = [];
    if (canEdit) {
      const edit = el('button', {
        class: 'link-button',
        testid: `history-edit-${answer.nodeId}`,
        attrs: { type: 'button' },
        on: { click: () => handlers.onEdit(answer.nodeId) },
      });
      tText(edit, 'history.edit');
      tAttr(edit, 'aria-label', 'history.editLabel', prompt);
      actions.push(edit);
    }
    const makePrivate = answer.visibility !== 'private';
    const toggle = el('button', {
      class: 'link-button',
      testid: `history-visibility-${answer.nodeId}`,
      attrs: { type: 'button' },
      on: { click: () => handlers.onVisibility(answer.nodeId, makePrivate ? 'private' : 'shared') },
    });
    tText(toggle, makePrivate ? 'history.makePrivate' : 'history.makeShared');
    tAttr(toggle, 'aria-label', makePrivate ? 'history.makePrivateLabel' : 'history.makeSharedLabel', prompt);
    actions.push(toggle);
    log.appendChild(partnerBubble(answer.display, {
      lang,
      visibility: answer.visibility,
      testid: `history-answer-${index}`,
      actions,
    }));
  });
}
