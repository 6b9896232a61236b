import { fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import type { FieldErrors } from '../app-error.ts';

/**
 * The pieces of form handling: parse FormData with a zod schema and, on failure, answer 400
 * with message keys per field (translated in the page) and the typed values, so nothing the
 * person typed is lost. Actions use them through `formAction` (action.ts), not directly.
 */

export type { FieldErrors };

export interface FormFailure {
	errors: FieldErrors;
	values: Record<string, string>;
	/** A message for the whole form (message key) */
	message?: string;
}

/** Where the name of a chosen file is kept: a browser cannot refill a file input. */
const chosenFileKey = (name: string) => `file:${name}`;

/**
 * Plain text values of a form, for refilling it; of a chosen file only its name (under
 * `file:<field>`), so that the page can say which file has to be chosen again.
 */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form.entries()) {
		if (key === 'password' || key === 'passwordRepeat' || key === 'currentPassword') continue;
		if (typeof value === 'string') {
			values[key] = key in values ? `${values[key]}\n${value}` : value;
		} else if (value.size > 0 && value.name) {
			const fileKey = chosenFileKey(key);
			const name = value.name.slice(0, 200);
			values[fileKey] = fileKey in values ? `${values[fileKey]}, ${name}` : name;
		}
	}
	return values;
}

/** Maps a zod issue to one of our message keys (see i18n common 'error.*'). */
export function issueToMessage(issue: z.core.$ZodIssue): FieldErrors[string] {
	if (issue.message.startsWith('error.') || issue.message.includes('.')) {
		if (/^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message)) return { key: issue.message };
	}
	switch (issue.code) {
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'string') {
				return min <= 1 ? { key: 'error.required' } : { key: 'error.tooShort', params: { min } };
			}
			if (issue.origin === 'number') return { key: 'error.numberRange', params: { min, max: '…' } };
			return { key: 'error.required' };
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'string') return { key: 'error.tooLong', params: { max } };
			return { key: 'error.numberRange', params: { min: '…', max } };
		}
		case 'invalid_format':
			if (issue.format === 'email') return { key: 'error.email' };
			if (issue.format === 'url') return { key: 'error.url' };
			if (issue.format === 'regex') return { key: 'error.invalid' };
			return { key: 'error.invalid' };
		case 'invalid_type':
			if (issue.expected === 'number') return { key: 'error.number' };
			return { key: 'error.required' };
		default:
			return { key: 'error.invalid' };
	}
}

export function zodErrors(error: z.ZodError): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.') || '_form';
		errors[field] ??= issueToMessage(issue);
	}
	return errors;
}

export type Parsed<T> =
	| { ok: true; data: T; values: Record<string, string> }
	| { ok: false; failure: ActionFailure<FormFailure> };

/** Reads a form into plain strings (checkboxes: 'on'), then validates it. */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData): Parsed<z.infer<S>> {
	const values = formValues(form);
	const input: Record<string, unknown> = {};
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string') continue;
		const existing = input[key];
		if (existing === undefined) input[key] = value;
		else input[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
	}
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data, values };
	return {
		ok: false,
		failure: fail(400, { errors: zodErrors(result.error), values, message: 'error.form' })
	};
}

/**
 * Reads the request body as a form; a body that is not a form is a 400, not a 500, and a body
 * over the server's BODY_SIZE_LIMIT (adapter-node fails the stream with status 413) a 413.
 */
export async function readFormBody(
	request: Request
): Promise<{ ok: true; form: FormData } | { ok: false; status: 400 | 413 }> {
	try {
		return { ok: true, form: await request.formData() };
	} catch (err) {
		const status = (err as { status?: unknown } | null)?.status;
		return { ok: false, status: status === 413 ? 413 : 400 };
	}
}
