// "Continue later": shows the resume address (token in the fragment) and copies it.
import { resumeUrl } from '../shared/conversations.js';
import { tText } from '../shared/i18n.js';

export function setupResumePanel({ id, token }) {
  const input = document.getElementById('resume-url');
  const copy = document.getElementById('resume-copy');
  const status = document.getElementById('resume-status');
  input.value = resumeUrl(id, token);
  input.addEventListener('focus', () => input.select());
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(input.value);
      tText(status, 'resume.copied');
    } catch {
      input.focus();
      input.select();
      tText(status, 'resume.copyManually');
    }
  });
}
