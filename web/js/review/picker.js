// The dialogue picker: first the dialogues this collaboration uses (partners invited to them, rooms held
// with them), then the others, so that every summary can still be opened.
import { el, clear } from '../shared/dom.js';
import { t, pick } from '../shared/i18n.js';

/** The ids of the dialogues a collaboration uses, in the catalog's order. */
export function usedDialogues(dialogues, detail, rooms) {
  const used = new Set([...(detail.invitations || []), ...rooms].map((x) => x.dialogueId));
  return dialogues.filter((d) => used.has(d.id)).map((d) => d.id);
}

export function fillPicker(select, dialogues, used, chosen) {
  clear(select);
  const groups = [
    ['review.dialogue.used', dialogues.filter((d) => used.includes(d.id))],
    ['review.dialogue.other', dialogues.filter((d) => !used.includes(d.id))],
  ];
  for (const [key, members] of groups) {
    if (!members.length) continue;
    select.appendChild(el('optgroup', { attrs: { label: t(key) } },
      members.map((d) => el('option', { text: pick(d.title), attrs: { value: d.id } }))));
  }
  select.value = chosen;
}
