/**
 * A rule of a service was broken (not a bug): carries a message key for the person and the
 * HTTP status a route should answer with. Routes turn it into a form message or an error page.
 */
export class RuleError extends Error {
	/** i18n message key, e.g. 'accounts.error.lastCoordinator' */
	readonly key: string;
	readonly status: 400 | 403 | 404 | 409 | 410 | 429;
	/** The form field the message belongs to, if any */
	readonly field: string | undefined;

	constructor(key: string, status: RuleError['status'] = 400, field?: string) {
		super(key);
		this.name = 'RuleError';
		this.key = key;
		this.status = status;
		this.field = field;
	}
}

export function isRuleError(error: unknown): error is RuleError {
	return error instanceof RuleError;
}
