// Turns API errors into text for the user.
import { t } from './i18n.js';

export function describeError(error) {
  if (!error || typeof error.status !== 'number') return t('error.unexpected');
  if (error.status === 0) return t('error.network');
  if (error.status === 401 || error.status === 403) return t('error.unauthorized');
  if (error.status === 404) return t('error.notFound');
  if (error.status === 409) return error.body.message || t('error.conflict');
  if (error.status === 422 || error.status === 400) {
    // The server explains what does not fit; the sentence before it is in the UI language.
    return error.body.message ? t('error.invalidWithReason', error.body.message) : t('error.invalid');
  }
  return t('error.server');
}
