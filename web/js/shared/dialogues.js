// The dialogues on offer (GET /api/dialogues), fetched once per page, and a dialogue's title as every page
// shows it: in the UI language, or the dialogue's id when it is not (or no longer) offered.
import { request } from './http.js';
import { pick, t } from './i18n.js';

let offered = null;

/** The dialogues: [{id, title, description, languages, modes, estimatedMinutes}], texts as {nl, en}. */
export function dialogues() {
  if (!offered) {
    offered = request('GET', '/api/dialogues');
    // A failure is not kept: the next call asks again.
    offered.catch(() => { offered = null; });
  }
  return offered;
}

export function dialogueTitle(list, dialogueId) {
  const dialogue = list.find((d) => d.id === dialogueId);
  return dialogue ? pick(dialogue.title) : String(dialogueId || '');
}

/**
 * Shows the title of a page's dialogue in its heading and in the window's title, after the page's name
 * (`pageKey`): "Paradoxen · Live sessie". Returns the dialogue, or null when it is not offered.
 */
export async function showDialogueTitle(heading, dialogueId, pageKey) {
  let list = [];
  try {
    list = await dialogues();
  } catch {
    // the id stands in for the title
  }
  const text = dialogueTitle(list, dialogueId);
  heading.textContent = text;
  document.title = text ? `${text} · ${t(pageKey)}` : t(pageKey);
  return list.find((d) => d.id === dialogueId) || null;
}
