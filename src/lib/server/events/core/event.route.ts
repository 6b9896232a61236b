import type { RuleError } from '../../auth/rule-error.ts';
import { formError } from '../../http/forms.ts';

/** A broken rule of a calendar service as a form answer: message, field error, what was typed. */
export function ruleFailure(error: RuleError, form: FormData) {
	const errors =
		error.field && error.field !== '_form' ? { [error.field]: { key: error.key } } : {};
	return formError(error.status, error.field ? 'error.form' : error.key, form, errors);
}
