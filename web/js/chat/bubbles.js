// Chat bubbles: the assistant on the left, the partner on the right.
import { el } from '../shared/dom.js';
import { tText } from '../shared/i18n.js';
import { privateMark } from '../shared/private-mark.js';

/** An assistant message. `text` is set as text, never as HTML. */
export function assistantBubble(text, { lang, id, testid, tabindex, kind } = {}) {
  const bubble = el('div', {
    id,
    class: `bubble bubble--assistant${kind ? ` bubble--${kind}` : ''}`,
    testid,
    attrs: { tabindex },
  }, tText(el('span', { class: 'sr-only' }), 'chat.speaker.assistant'), el('span', { class: 'bubble__text', text, attrs: { lang } }));
  return el('li', { class: 'bubble-row bubble-row--assistant' }, bubble);
}

/** A partner answer; private answers get a lock and the word private. `actions` are extra nodes. */
export function partnerBubble(text, { lang, visibility, testid, actions = [] } = {}) {
  const isPrivate = visibility === 'private';
  const meta = el('div', { class: 'bubble__meta' },
    isPrivate ? privateMark() : null,
    ...actions);
  const bubble = el('div', {
    class: `bubble bubble--partner${isPrivate ? ' bubble--private' : ''}`,
    testid,
  },
  tText(el('span', { class: 'sr-only' }), 'chat.speaker.partner'),
  el('span', { class: 'bubble__text', text, attrs: { lang } }),
  meta.childNodes.length ? meta : null);
  return el('li', { class: 'bubble-row bubble-row--partner' }, bubble);
}
