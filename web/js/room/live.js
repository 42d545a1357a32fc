// The live connection to a room: STOMP over WebSocket at /ws (same origin), with automatic reconnection
// (waits growing from half a second to ten seconds) and the whole room fetched again after each (re)connect.
import { Client, ReconnectionTimeMode } from '/webjars/stomp__stompjs/esm6/index.js';

export const CONNECTION = Object.freeze({
  CONNECTING: 'connecting',
  CONNECTED: 'connected',
  RECONNECTING: 'reconnecting',
  REFUSED: 'refused',
  STOPPED: 'stopped',
});

/**
 * Connects to a room.
 *  roomId
 *  token             a participant's token (sent as CONNECT header), or null for the logged-in facilitator
 *  topics            what to subscribe to: 'public' (/topic/rooms/{id}) and/or 'facilitator' (/topic/rooms/{id}/facilitator)
 *  onView(view, source)   every room view that arrives ('topic' | 'facilitator')
 *  onConnected()     after every (re)connect, once subscribed: fetch the whole room here
 *  onRefusal(body)   an answer or control the server refused ({error, field, message})
 *  onState(state, detail)  the connection state changed (see CONNECTION)
 * Returns { sendAnswer(nodeId, value, participantId), sendControl(action, {revealNames, value}), connected(), stop() }.
 */
export function connectRoom({ roomId, token, topics = ['public'], onView, onConnected, onRefusal, onState }) {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  let state = null;
  let everConnected = false;
  const setState = (next, detail) => {
    if (state === next && !detail) return;
    state = next;
    onState?.(next, detail);
  };

  const client = new Client({
    brokerURL: `${scheme}://${window.location.host}/ws`,
    connectHeaders: token ? { Authorization: `Bearer ${token}` } : {},
    reconnectDelay: 500,
    maxReconnectDelay: 10000,
    reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
    connectionTimeout: 8000,
    heartbeatIncoming: 10000,
    heartbeatOutgoing: 10000,
    debug: () => {},
  });

  const parse = (message) => {
    try {
      return JSON.parse(message.body);
    } catch {
      return null;
    }
  };

  client.onConnect = () => {
    everConnected = true;
    if (topics.includes('public')) {
      client.subscribe(`/topic/rooms/${roomId}`, (message) => {
        const view = parse(message);
        if (view) onView?.(view, 'topic');
      });
    }
    if (topics.includes('facilitator')) {
      client.subscribe(`/topic/rooms/${roomId}/facilitator`, (message) => {
        const view = parse(message);
        if (view) onView?.(view, 'facilitator');
      });
    }
    client.subscribe('/user/queue/errors', (message) => {
      const body = parse(message);
      if (body) onRefusal?.(body);
    });
    setState(CONNECTION.CONNECTED);
    onConnected?.();
  };

  client.onStompError = (frame) => {
    const reason = frame.headers?.message || frame.body || '';
    if (/CONNECT refused/i.test(reason)) {
      // A token that belongs to no room will not start working by trying again.
      client.deactivate();
      setState(CONNECTION.REFUSED, reason);
      return;
    }
    onRefusal?.({ error: 'refused', message: reason });
  };

  client.onWebSocketClose = () => {
    if (state === CONNECTION.REFUSED || state === CONNECTION.STOPPED) return;
    setState(everConnected ? CONNECTION.RECONNECTING : CONNECTION.CONNECTING);
  };

  setState(CONNECTION.CONNECTING);
  client.activate();

  // A phone that wakes up or gets its network back should not wait out the back-off.
  const nudge = () => {
    if (state === CONNECTION.RECONNECTING && document.visibilityState === 'visible') {
      client.deactivate().then(() => {
        if (state === CONNECTION.RECONNECTING) client.activate();
      });
    }
  };
  window.addEventListener('online', nudge);
  document.addEventListener('visibilitychange', nudge);

  const publish = (destination, body) => {
    if (!client.connected) return false;
    try {
      client.publish({ destination, body: JSON.stringify(body) });
      return true;
    } catch {
      return false;
    }
  };

  return {
    sendAnswer: (nodeId, value, participantId) => publish(`/app/rooms/${roomId}/answers`,
      participantId ? { nodeId, value, participantId } : { nodeId, value }),
    /** A control; `revealNames` for reveal, `value` for next: the group's answer the facilitator settled on. */
    sendControl(action, { revealNames, value } = {}) {
      const body = { action };
      if (revealNames !== undefined) body.revealNames = revealNames;
      if (value !== undefined) body.value = value;
      return publish(`/app/rooms/${roomId}/control`, body);
    },
    connected: () => client.connected,
    stop() {
      setState(CONNECTION.STOPPED);
      window.removeEventListener('online', nudge);
      document.removeEventListener('visibilitychange', nudge);
      return client.deactivate();
    },
  };
}
