// The progress bar: step current of total.
import { tText } from '../i18n.js';

export function renderProgress(progress) {
  const wrapper = document.getElementById('progress');
  const bar = document.getElementById('progress-bar');
  const text = document.getElementById('progress-text');
  if (!progress || !progress.total) {
    wrapper.hidden = true;
    return;
  }
  const current = Math.min(progress.current, progress.total);
  bar.max = progress.total;
  bar.value = current;
  tText(text, 'progress.text', current, progress.total);
  wrapper.hidden = false;
}
