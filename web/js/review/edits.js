// The facilitator's edits on the page: the themes marked as agreed and the ambition text. They live here,
// apart from the computed summary, until they are saved, so that drawing the summary again (in the other
// page language) does not lose them.
export const edits = { agreed: new Set(), ambition: null, dirty: false };

/**
 * Every theme in a summary, also those the page does not repeat (brengen-halen's shared ambitions and
 * issues, the quadrants' themes), since a save replaces the whole set of agreed themes.
 */
function allThemes(summary) {
  const themes = [];
  for (const question of summary.questions || []) {
    themes.push(...(question.sharedThemes || []), ...(question.singleVoiceThemes || []));
  }
  if (summary.bringTake) themes.push(...summary.bringTake.sharedAmbitions, ...summary.bringTake.issues);
  for (const paradox of summary.paradoxes || []) themes.push(...paradox.bothAnd);
  for (const quadrant of summary.vision ? summary.vision.quadrants : []) themes.push(...quadrant.sharedThemes);
  return themes;
}

/** Starts from what the server stored: the agreed flags and the edited ambition (else the draft). */
export function resetEdits(summary) {
  edits.agreed = new Set(allThemes(summary).filter((theme) => theme.agreed).map((theme) => theme.key));
  const ambition = summary.vision ? summary.vision.ambition : null;
  edits.ambition = ambition ? (ambition.edited || ambition.draft || '') : null;
  edits.dirty = false;
}

export function setAgreed(key, agreed) {
  if (agreed) edits.agreed.add(key);
  else edits.agreed.delete(key);
  edits.dirty = true;
}

export function setAmbition(text) {
  edits.ambition = text;
  edits.dirty = true;
}

/**
 * The body of PUT …/summary/review. An ambition left empty or equal to the computed draft is sent as
 * null, so that the summary keeps following new answers instead of freezing today's draft.
 */
export function reviewBody(summary) {
  const draft = summary.vision ? (summary.vision.ambition.draft || '').trim() : '';
  const text = (edits.ambition || '').trim();
  return {
    ambition: text === '' || text === draft ? null : edits.ambition,
    agreedThemes: [...edits.agreed],
  };
}
