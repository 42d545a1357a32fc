// Downloads everything of a collaboration as JSON (the right of access): fetched with the session,
// saved through a Blob link. Private answers are never in it.
import { tText } from '../shared/i18n.js';
import { facilitatorApi } from '../shared/facilitator-api.js';
import { showError } from './common.js';

let currentUrl = null;

export async function downloadExport(id, name) {
  const status = document.getElementById('export-status');
  const link = document.getElementById('export-link');
  const button = document.getElementById('export-button');
  tText(status, 'fac.export.preparing');
  button.disabled = true;
  try {
    const blob = await facilitatorApi.exportCollaboration(id);
    if (currentUrl) URL.revokeObjectURL(currentUrl);
    currentUrl = URL.createObjectURL(new Blob([blob], { type: 'application/json' }));
    const slug = String(name || 'samenwerking').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '').slice(0, 60) || 'samenwerking';
    link.href = currentUrl;
    link.download = `samenspraak-${slug}-${new Date().toISOString().slice(0, 10)}.json`;
    tText(link, 'fac.export.again');
    link.hidden = false;
    link.click();
    tText(status, 'fac.export.ready');
  } catch (problem) {
    showError(status, problem);
  } finally {
    button.disabled = false;
  }
}

window.addEventListener('pagehide', () => {
  if (currentUrl) URL.revokeObjectURL(currentUrl);
});
