// UI strings: loaded from GET /api/messages?lang=nl|en, applied through data-i18n attributes.
import { el } from './dom.js';
import { request } from './http.js';

const LANG_KEY = 'samenspraak.lang';
const LANGUAGES = ['nl', 'en'];

let messages = {};
let current = 'nl';

/** The stored UI language; Dutch unless English was chosen. */
function storedLang() {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function currentLang() {
  return current;
}

/** The locale of the UI language, for dates and numbers (Intl). */
export function locale() {
  return current === 'en' ? 'en-GB' : 'nl-NL';
}

/** Loads the UI strings of a language and applies them to the page. */
export async function loadMessages(lang = storedLang()) {
  const wanted = LANGUAGES.includes(lang) ? lang : 'nl';
  try {
    // The server lets the browser keep the UI strings for a few minutes.
    messages = await request('GET', `/api/messages?lang=${encodeURIComponent(wanted)}`, { cache: 'default' });
  } catch (error) {
    console.error('UI strings could not be loaded', error);
    messages = {};
  }
  current = wanted;
  document.documentElement.lang = wanted;
  applyI18n(document);
  document.dispatchEvent(new CustomEvent('samenspraak:langchange', { detail: { lang: wanted } }));
  return wanted;
}

/** Switches and remembers the UI language. */
async function switchLang(lang) {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // storage may be unavailable (private mode); the switch still works for this page
  }
  return loadMessages(lang);
}

/** The text of a key, with {0}, {1}, ... replaced by the arguments. Unknown keys show as the key. */
export function t(key, ...args) {
  const text = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
  return String(text).replace(/\{(\d+)\}/g, (match, index) =>
    args[Number(index)] === undefined ? match : String(args[Number(index)]));
}

/**
 * Sets the text of an element to a message and remembers key and arguments,
 * so that a language switch translates it again.
 */
export function tText(node, key, ...args) {
  node.dataset.i18n = key;
  if (args.length) node.dataset.i18nArgs = JSON.stringify(args);
  else delete node.dataset.i18nArgs;
  node.textContent = t(key, ...args);
  return node;
}

/**
 * Sets a text that is no message (the server's words, a name) or empties a node, so that a language switch
 * leaves it as it is instead of translating a message it showed before.
 */
export function plainText(node, text = '') {
  delete node.dataset.i18n;
  delete node.dataset.i18nArgs;
  node.textContent = text;
  return node;
}

/** Sets an attribute to a message and remembers it (aria-label, placeholder, title). */
export function tAttr(node, attribute, key, ...args) {
  const data = `i18n${attribute.replace(/(^|-)([a-z])/g, (m, dash, c) => c.toUpperCase())}`;
  node.dataset[data] = key;
  if (args.length) node.dataset[`${data}Args`] = JSON.stringify(args);
  node.setAttribute(attribute, t(key, ...args));
  return node;
}

const ATTRIBUTES = ['aria-label', 'placeholder', 'title'];

function argsOf(node, name) {
  const raw = node.dataset[name];
  if (!raw) return [];
  try {
    return JSON.parse(raw);
  } catch {
    return [];
  }
}

/** Translates every element with data-i18n / data-i18n-aria-label / -placeholder / -title. */
function applyI18n(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) {
    node.textContent = t(node.dataset.i18n, ...argsOf(node, 'i18nArgs'));
  }
  for (const attribute of ATTRIBUTES) {
    const data = `i18n${attribute.replace(/(^|-)([a-z])/g, (m, dash, c) => c.toUpperCase())}`;
    const selector = `[data-i18n-${attribute}]`;
    for (const node of root.querySelectorAll(selector)) {
      node.setAttribute(attribute, t(node.dataset[data], ...argsOf(node, `${data}Args`)));
    }
  }
}

/** Picks the text for a language from a {nl, en} map (or returns a plain string as it is). */
export function pick(map, lang = current) {
  if (map === null || map === undefined) return '';
  if (typeof map === 'string') return map;
  return map[lang] ?? map.nl ?? Object.values(map)[0] ?? '';
}

/** Fills a container with nl/en toggle buttons (aria-pressed) that switch the UI language. */
export function mountLangSwitch(container) {
  const group = el('div', { class: 'lang-switch', attrs: { role: 'group' } });
  group.dataset.i18nAriaLabel = 'lang.switch';
  group.setAttribute('aria-label', t('lang.switch'));
  for (const lang of LANGUAGES) {
    const button = el('button', {
      class: 'lang-button',
      testid: `lang-${lang}`,
      attrs: { type: 'button', lang, 'aria-pressed': String(lang === current) },
      on: { click: () => switchLang(lang) },
    });
    tText(button, `lang.${lang}.short`);
    tAttr(button, 'title', `lang.${lang}`);
    group.appendChild(button);
  }
  document.addEventListener('samenspraak:langchange', (event) => {
    for (const button of group.querySelectorAll('button')) {
      button.setAttribute('aria-pressed', String(button.lang === event.detail.lang));
    }
  });
  container.appendChild(group);
}
