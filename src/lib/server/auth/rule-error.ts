import { AppError, codeOf, isAppError, type ErrorStatus } from '../app-error.ts';

/**
 * @deprecated The calendar's services (events/) still throw it until they move to `AppError`
 * (decision 091); it is an `AppError` whose code is given as an HTTP status. New code throws
 * `new AppError(code, key, field)`.
 */
export class RuleError extends AppError {
	constructor(key: string, status: ErrorStatus = 400, field?: string) {
		super(codeOf(status), key, field);
		this.name = 'RuleError';
	}
}

/** @deprecated use `isAppError` */
export const isRuleError = isAppError;
