import { formError } from '../http/forms.ts';

/**
 * A rule of a service was broken (not a bug): carries a message key for the person and the
 * HTTP status a route should answer with. Routes turn it into a form message or an error page.
 */
export class RuleError extends Error {
	constructor(
		/** i18n message key, e.g. 'accounts.error.lastCoordinator' */
		readonly key: string,
		readonly status: 400 | 403 | 404 | 409 | 410 | 429 = 400,
		/** The form field the message belongs to, if any */
		readonly field?: string
	) {
		super(key);
		this.name = 'RuleError';
	}
}

export function isRuleError(error: unknown): error is RuleError {
	return error instanceof RuleError;
}

/**
 * The form answer for a broken rule: the message for the whole form (and the field, if the
 * rule names one), with what was typed kept.
 */
export function ruleFailure(error: RuleError, form: FormData | Record<string, string>) {
	const errors = error.field ? { [error.field]: { key: error.key } } : {};
	return formError(error.status, error.key, form, errors);
}
