// The earlier steps of the conversation as bubbles, with per-answer "change" and visibility actions.
import { el, clear } from '../dom.js';
import { tText, tAttr, pick } from '../i18n.js';
import { formatValue } from '../format.js';
import { ANSWER_TYPES } from '../controls/registry.js';
import { assistantBubble, partnerBubble } from './bubbles.js';

/**
 * Renders `answers` (the answers on the current path, before the current step) into `log`.
 * handlers: { onEdit(nodeId), onVisibility(nodeId, visibility) }
 */
export function renderHistory(log, answers, { lang, handlers, canEdit }) {
  clear(log);
  answers.forEach((answer, index) => {
    const prompt = pick(answer.prompt, lang);
    if (prompt) log.appendChild(assistantBubble(prompt, { lang }));
    if (answer.type === 'say' || answer.type === 'end') return;
    const isAnswer = ANSWER_TYPES.includes(answer.type);
    // A scale reads better in words than as the bare number the server displays.
    const text = answer.type === 'scale' ? formatValue(answer, lang) : (answer.display ?? formatValue(answer, lang));
    const actions = [];
    if (isAnswer && canEdit) {
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
    if (isAnswer) {
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
    }
    const shown = text === '' && answer.type === 'recap' ? null : text;
    log.appendChild(partnerBubble(shown ?? '', {
      lang,
      visibility: isAnswer ? answer.visibility : 'shared',
      testid: `history-answer-${index}`,
      actions,
    }));
    if (shown === null) {
      const textNode = log.lastElementChild.querySelector('.bubble__text');
      tText(textNode, 'recap.confirmed');
    }
  });
}
