// A failed call as text for the user, the same way on every page: the status says what kind of failure
// it is; where the server explains what did not fit (400, 422), its words follow a sentence in the UI
// language. A page names the context its words come from: 'error' for a partner's conversation,
// 'fac.error' for a facilitator's collaboration; each has unauthorized, notFound, conflict, invalid and
// invalidWithReason. Network, rate-limit and server failures read the same everywhere.
import { t } from './i18n.js';

export function describeError(error, context = 'error') {
  if (!error || typeof error.status !== 'number') return t('error.unexpected');
  const status = error.status;
  if (status === 0) return t('error.network');
  if (status === 401 || status === 403) return t(`${context}.unauthorized`);
  if (status === 404) return t(`${context}.notFound`);
  if (status === 409) return t(`${context}.conflict`);
  if (status === 429) return t('error.tooMany');
  if (status === 400 || status === 422) {
    return error.body.message ? t(`${context}.invalidWithReason`, error.body.message) : t(`${context}.invalid`);
  }
  return t('error.server');
}
