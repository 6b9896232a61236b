import { formError } from '../http/forms.ts';
import type { RuleError } from './rule-error.ts';

/**
 * The form answer for a broken rule: the message for the whole form (and the field, if the
 * rule names one), with what was typed kept.
 */
export function ruleFailure(error: RuleError, form: FormData | Record<string, string>) {
	const errors = error.field ? { [error.field]: { key: error.key } } : {};
	return formError(error.status, error.key, form, errors);
}
