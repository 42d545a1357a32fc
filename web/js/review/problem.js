// An API failure as text for the facilitator: the server's own message where it sent one, since it says
// exactly what was wrong (which field, which limit), after a sentence in the UI language.
import { t } from '../shared/i18n.js';
import { describeError } from '../shared/errors.js';

export function problemText(error, key) {
  const message = error && error.body && error.body.message;
  return message ? t(key, message) : describeError(error, 'fac.error');
}
