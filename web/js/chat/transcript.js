// Downloads the transcript (Markdown): fetched with the token header, saved through a Blob link.
import { conversationApi } from '../shared/conversation-api.js';
import { tText, plainText } from '../shared/i18n.js';
import { describeError } from '../shared/errors.js';

let currentUrl = null;

export async function downloadTranscript({ id, token, dialogueId, link, status }) {
  tText(status, 'transcript.preparing');
  try {
    const blob = await conversationApi.transcript(id, token);
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
    plainText(status, describeError(error));
  }
}

window.addEventListener('pagehide', () => {
  if (currentUrl) URL.revokeObjectURL(currentUrl);
});
