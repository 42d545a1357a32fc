// What a page's address carries after the # (#room=…, #id=…&token=…, #invitation=…): never sent to the
// server, so tokens in it stay out of server logs.
export function fragmentParam(name) {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get(name);
}
