// An answer as text, for when the server sends no `display`.
import { pick, t } from './i18n.js';
import { scaleWords } from './controls/scale.js';

export function formatValue(answer, lang) {
  const value = answer.value;
  if (value === null || value === undefined) return '';
  const label = (id) => {
    const option = (answer.options || []).find((o) => o.id === id);
    return option ? pick(option.label, lang) : String(id);
  };
  switch (answer.type) {
    case 'choice':
      return label(value);
    case 'multi':
      return (Array.isArray(value) ? value : [value]).map(label).join(', ');
    case 'rank':
      return (Array.isArray(value) ? value : [value]).map((id, i) => `${i + 1}. ${label(id)}`).join('  ');
    case 'scale': {
      const min = answer.min ?? -3;
      const max = answer.max ?? 3;
      const [key, ...args] = scaleWords(Number(value), min, max, pick(answer.poles?.left, lang), pick(answer.poles?.right, lang));
      return t('scale.value', value > 0 ? `+${value}` : String(value), t(key, ...args));
    }
    case 'list':
      return Array.isArray(value) ? value.join(', ') : String(value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
