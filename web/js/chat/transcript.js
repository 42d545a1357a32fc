// Downloads the transcript (Markdown): fetched with the token header, saved through a Blob link.
import { api } from '../api.js';
import { tText } from '../i18n.js';
import { describeError } from '../errors.js';

let currentUrl = null;

export async function downloadTranscript({ id, token, dialogueId, link, status }) {
  tText(status, 'transcript.preparing');
  try {
    const blob = await api.transcript(id, token);
    if (currentUrl) URL.revokeObjectURL(currentUrl);
    currentUrl = URL.createObjectURL(blob);
    const date = new Date().toISOString().slice(0, 10);
    link.href = currentUrl;
    link.download = `samenspraak-${dialogueId || 'gesprek'}-${date}.md`;
    tText(link, 'transcript.again');
    link.hidden = false;
    link.click();
    tText(status, 'transcript.ready');
  } catch (error) {
    delete status.dataset.i18n;
    status.textContent = describeError(error);
  }
}

window.addEventListener('pagehide', () => {
  if (currentUrl) URL.revokeObjectURL(currentUrl);
});
