// Copies a link from a read-only input: the clipboard where the browser allows it, otherwise the link is
// selected so that Ctrl+C (Cmd+C) copies it.
import { tText } from '../shared/i18n.js';

export async function copyFrom(input, status) {
  try {
    if (!navigator.clipboard || !window.isSecureContext) throw new Error('no clipboard');
    await navigator.clipboard.writeText(input.value);
    tText(status, 'fac.link.copied');
  } catch {
    input.focus();
    input.select();
    tText(status, 'fac.link.copyManually');
  }
}
