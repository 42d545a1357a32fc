// Who is in the room, who is connected and who has answered the current step (never what).
import { el } from '../shared/dom.js';
import { tText, tAttr } from '../shared/i18n.js';

/** "2 of 3 answered" for a view. */
export function answeredCount(view) {
  const total = (view.participants || []).length;
  const answered = (view.participants || []).filter((p) => p.answered).length;
  return el('p', { class: 'answered-count', testid: 'answered-count', data: { answered, total } },
    tText(el('span'), 'room.people.answered', answered, total));
}

/**
 * The participants as chips: name, organisation, a check when they answered, dimmed when not connected.
 * `selfId` marks the viewer's own chip. `showPresence` adds the connected dot (a facilitator's concern).
 */
export function participantChips(view, { selfId, showPresence = true, answerable = true } = {}) {
  const list = el('ul', { class: 'people', testid: 'participants' });
  for (const person of view.participants || []) {
    const classes = ['person'];
    if (answerable && person.answered) classes.push('person--answered');
    if (!person.connected) classes.push('person--away');
    if (person.id === selfId) classes.push('person--self');
    const mark = el('span', { class: 'person__mark', attrs: { 'aria-hidden': 'true' } });
    // What the marks say, in words for screen readers.
    const state = el('span', { class: 'sr-only' });
    if (answerable) state.appendChild(tText(el('span'), person.answered ? 'room.people.hasAnswered' : 'room.people.notYetAnswered'));
    if (showPresence && !person.connected) state.append(' ', tText(el('span'), 'room.people.awayNote'));
    const chip = el('li', {
      class: classes.join(' '),
      testid: `participant-${person.id}`,
      data: { answered: String(Boolean(person.answered)), connected: String(Boolean(person.connected)) },
    },
    answerable ? mark : null,
    el('span', { class: 'person__name', text: person.name }), ' ',
    person.organisation ? el('span', { class: 'person__org', text: person.organisation }) : null, ' ',
    person.id === selfId ? tText(el('span', { class: 'person__self' }), 'room.people.you') : null,
    showPresence ? presenceDot(person.connected) : null, ' ',
    state);
    list.appendChild(chip);
  }
  if (!(view.participants || []).length) {
    list.appendChild(tText(el('li', { class: 'people__empty hint', testid: 'participants-empty' }), 'room.people.none'));
  }
  return list;
}

export function presenceDot(connected) {
  const dot = el('span', { class: `presence presence--${connected ? 'on' : 'off'}` });
  tAttr(dot, 'title', connected ? 'room.people.connected' : 'room.people.notConnected');
  dot.setAttribute('aria-hidden', 'true');
  return dot;
}
