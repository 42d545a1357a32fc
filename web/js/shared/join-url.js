// The address partners open to join a room with its code: the same as the server's joinUrl, shown on the
// shared screen and in the facilitator's list of rooms.
export function joinUrl(code) {
  return new URL(`/join.html#code=${encodeURIComponent(code)}`, window.location.origin).toString();
}
