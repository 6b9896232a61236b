import { AppError } from '../app-error.ts';

/*
 * Glue between the content services' results and the forms in routes.
 */

/**
 * Service errors (field → message key) as the one error type: the form-wide message is one
 * that concerns the whole form (`_form`), or the general one.
 */
export function contentError(errors: Record<string, string>): AppError {
	return new AppError('INVALID', errors._form ?? 'error.form', errors);
}
