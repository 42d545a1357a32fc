// A free-text answer: a textarea with a live word count and the limits.
import { el, uid, describedBy } from '../dom.js';
import { t, tText, pick } from '../i18n.js';

function countWords(text) {
  return String(text || '').trim().split(/\s+/).filter(Boolean).length;
}

export function createTextControl(step, ctx) {
  const limits = step.limits || {};
  const id = uid('text');
  const countId = `${id}-count`;
  const limitsId = `${id}-limits`;
  const textarea = el('textarea', {
    id,
    class: 'textarea',
    testid: 'text-input',
    attrs: { rows: 5, placeholder: pick(step.placeholder, ctx.lang) || null, 'aria-labelledby': ctx.labelledBy, lang: ctx.lang },
  });
  textarea.value = typeof step.answer?.value === 'string' ? step.answer.value : '';
  describedBy(textarea, ...(ctx.describedBy || []), limitsId, countId);

  const limitText = el('span', { id: limitsId, class: 'limits' });
  const parts = [];
  if (limits.minWords && limits.minWords > 1) parts.push(['limits.minWords', limits.minWords]);
  if (limits.maxWords) parts.push(['limits.maxWords', limits.maxWords]);
  if (limits.maxChars) parts.push(['limits.maxChars', limits.maxChars]);
  for (const [key, value] of parts) limitText.appendChild(tText(el('span', { class: 'limits__part' }), key, value));

  const count = el('span', { id: countId, class: 'counter', testid: 'word-count' });
  const update = () => {
    const words = countWords(textarea.value);
    const chars = textarea.value.length;
    tText(count, words === 1 ? 'text.count.one' : 'text.count.many', words, chars);
    const over = (limits.maxWords && words > limits.maxWords) || (limits.maxChars && chars > limits.maxChars);
    count.classList.toggle('counter--over', Boolean(over));
  };
  textarea.addEventListener('input', update);
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      textarea.form?.requestSubmit();
    }
  });
  update();

  return {
    element: el('div', { class: 'control control--text' }, textarea, el('div', { class: 'control__meta' }, count, limitText)),
    value: () => textarea.value.trim(),
    validate() {
      const words = countWords(textarea.value);
      const minWords = limits.minWords ?? 1;
      if (words < minWords) return minWords === 1 ? t('validation.required') : t('validation.minWords', minWords);
      if (limits.maxWords && words > limits.maxWords) return t('validation.maxWords', limits.maxWords);
      if (limits.maxChars && textarea.value.trim().length > limits.maxChars) return t('validation.maxChars', limits.maxChars);
      return null;
    },
    focus: () => textarea.focus(),
    invalidTarget: textarea,
  };
}
