// Shows the state of the live connection: a small mark in the header (#connection) and, while the
// connection is lost, a banner (#connection-banner) that says it is being restored.
import { el, clear } from '../shared/dom.js';
import { tText } from '../shared/i18n.js';

const KEYS = {
  connecting: 'room.connection.connecting',
  connected: 'room.connection.connected',
  reconnecting: 'room.connection.reconnecting',
  refused: 'room.connection.refused',
  stopped: 'room.connection.stopped',
};

let lastState = null;
let shownLost = false;

export function showConnection(state) {
  lastState = state;
  const mark = document.getElementById('connection');
  if (mark) {
    clear(mark);
    mark.dataset.state = state;
    // Stopped on purpose (the room was closed): nothing to report.
    if (state !== 'stopped') {
      mark.append(el('span', { class: 'connection__dot', attrs: { 'aria-hidden': 'true' } }),
        tText(el('span', { class: 'connection__text' }), KEYS[state] || KEYS.connecting));
    }
  }
  const banner = document.getElementById('connection-banner');
  if (!banner) return;
  const text = document.getElementById('connection-banner-text');
  if (state === 'reconnecting') {
    shownLost = true;
    tText(text, 'room.connection.lost');
    banner.dataset.state = state;
    banner.setAttribute('role', 'alert');
    banner.hidden = false;
  } else if (state === 'connected' && shownLost) {
    // Say briefly that it is back, then get out of the way.
    tText(text, 'room.connection.restored');
    banner.dataset.state = state;
    banner.setAttribute('role', 'status');
    banner.hidden = false;
    setTimeout(() => {
      if (lastState === 'connected') banner.hidden = true;
    }, 2500);
    shownLost = false;
  } else if (state !== 'connecting') {
    banner.hidden = true;
  }
}
