// Small DOM helpers. Text is only ever set through textContent / text nodes, never as HTML.

/**
 * Creates an element.
 * props: { class, text, id, testid, attrs: {name: value}, data: {key: value}, on: {event: handler} }
 * children: nodes or strings (strings become text nodes).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.id) node.id = props.id;
  if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
  if (props.testid) node.dataset.testid = props.testid;
  for (const [name, value] of Object.entries(props.attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [key, value] of Object.entries(props.data || {})) {
    if (value !== undefined && value !== null) node.dataset[key] = String(value);
  }
  for (const [event, handler] of Object.entries(props.on || {})) {
    node.addEventListener(event, handler);
  }
  append(node, ...children);
  return node;
}

/** Appends nodes or strings (as text nodes); null and undefined are skipped. */
function append(parent, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes all children of a node. */
export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

let counter = 0;
/** A document-unique id with a readable prefix. */
export function uid(prefix = 'id') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Adds ids to an element's aria-describedby list. */
export function describedBy(node, ...ids) {
  const current = (node.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  for (const id of ids) if (id && !current.includes(id)) current.push(id);
  if (current.length) node.setAttribute('aria-describedby', current.join(' '));
}
