// The progress bar of a dialogue: step current of total, in a .progress element that holds a <progress>
// and a .progress__text; hidden while there is nothing to count.
import { tText } from './i18n.js';

export function renderProgress(wrapper, progress) {
  if (!progress || !progress.total) {
    wrapper.hidden = true;
    return;
  }
  const current = Math.min(progress.current, progress.total);
  const bar = wrapper.querySelector('progress');
  bar.max = progress.total;
  bar.value = current;
  tText(wrapper.querySelector('.progress__text'), 'progress.text', current, progress.total);
  wrapper.hidden = false;
}
