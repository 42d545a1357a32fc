// Which of the conversation's answers come before the current step.
//
// GET /api/conversations/{id} lists every answer on the partner's path, also those after the current step
// when the partner went back. The chat shows only the answers before the current step. When the current
// step was answered itself, its place in the list says it; otherwise (a say, recap or new question) the page
// uses what it knows from its own last move, kept per conversation in this browser.

/** The answers before `step`; `known` is {nodeId, before: [nodeId, ...]} from the page's last move, or null. */
export function answersBefore(answers, step, known) {
  if (!step) return answers;
  if (answers.length && answers.every((a) => Number.isInteger(a.position)) && step.progress) {
    return answers.filter((a) => a.position < step.progress.current);
  }
  const cut = answers.findIndex((answer) => answer.nodeId === step.nodeId);
  if (cut >= 0) return answers.slice(0, cut);
  if (known && known.nodeId === step.nodeId && Array.isArray(known.before)) {
    const before = new Set(known.before);
    return answers.filter((answer) => before.has(answer.nodeId));
  }
  return answers;
}

/**
 * What comes before the step reached by a move: `move` is 'forward' (an answer), 'back' (one step back),
 * 'jump' or 'stay'; `from` is {nodeId, answerable} of the step left, `before` the answers before it.
 * Returns {nodeId, before: [nodeId, ...]}, or null when the answer list itself will tell.
 */
export function afterMove(move, from, before, next) {
  const ids = before.map((answer) => answer.nodeId);
  if (next === from.nodeId) return { nodeId: next, before: ids };
  if (move === 'forward') return { nodeId: next, before: from.answerable ? [...ids, from.nodeId] : ids };
  if (move === 'back') return { nodeId: next, before: ids.filter((id) => id !== next) };
  return null;
}
