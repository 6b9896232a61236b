import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { AppError, isAppError } from '../app-error.ts';
import { formValues, parseForm, readFormBody, type FormFailure } from './forms.ts';

/*
 * One path from a form to its answer (decision 091): read the body → check it with a zod
 * schema → run the service call → answer. Every form action goes through `formAction`:
 *
 *   save: async ({ request, locals, url }) => {
 *     const { alliance, viewer } = requireCoordinator(locals, url);   // permission first
 *     return formAction(request, topicSchema, async ({ data }) => {
 *       await saveTopic(getApp(), viewer, alliance.id, data);         // throws AppError
 *       return { success: 'common.saved' };
 *     });
 *   }
 *
 * - a body that is not a form → 400 'error.badRequest' (over the size limit: 413 'upload.tooLarge')
 * - the schema refuses → 400 with a message per field and the typed values
 * - an AppError from `run` → NOT_FOUND and FORBIDDEN become the error page (404 / 403);
 *   every other code becomes the form's message (on its field, if it names one) with the
 *   status of its code, the typed values kept and chosen files named to be chosen again
 * - whatever `run` returns is the action's data; `redirect()` and `error()` pass through.
 */

export type FormFail = ActionFailure<FormFailure>;

export interface Submitted<T> {
	/** What the schema made of the form (undefined without a schema) */
	data: T;
	/** The form itself, for files (`fileOf`) and fields the schema leaves out */
	form: FormData;
}

/** The form answer for a broken rule, keeping what was typed. */
export function failureOf(e: AppError, form: FormData | Record<string, string>): FormFail {
	const values = form instanceof FormData ? formValues(form) : form;
	return fail(e.status, { errors: e.fields, values, message: e.key });
}

/** The answer for a broken rule: the error page for NOT_FOUND / FORBIDDEN, else the form's message. */
export function answerOf(e: AppError, form: FormData | Record<string, string>): FormFail {
	if ((e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN') && !e.field) {
		error(e.status, e.key);
	}
	return failureOf(e, form);
}

/** A form with a file: where a body over the size limit is reported, and in which words. */
export interface Upload {
	request: Request;
	/** The file field that gets the message */
	fileField: string;
	/** Message key for a body over BODY_SIZE_LIMIT (default 'upload.tooLarge') */
	tooLarge?: string;
}

async function readBody(source: Request | Upload): Promise<FormData | FormFail> {
	const upload = 'fileField' in source ? source : null;
	const request = upload ? upload.request : (source as Request);
	const read = await readFormBody(request);
	if (read.ok) return read.form;
	const key = read.status === 400 ? 'error.badRequest' : (upload?.tooLarge ?? 'upload.tooLarge');
	const errors = upload ? { [upload.fileField]: { key } } : {};
	return fail(read.status, { errors, values: {}, message: key });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the overloads below are typed
type Run = (submitted: Submitted<any>) => unknown;

export function formAction<R>(
	request: Request | Upload | null,
	run: (submitted: Submitted<undefined>) => Promise<R> | R
): Promise<R | FormFail>;
export function formAction<S extends z.ZodType, R>(
	request: Request | Upload | null,
	schema: S,
	run: (submitted: Submitted<z.infer<S>>) => Promise<R> | R
): Promise<R | FormFail>;
/**
 * Runs a form action: `request` null for an action whose button sends nothing but its name;
 * an `Upload` for a form with a file (the size limit's message goes to its field).
 */
export async function formAction(
	request: Request | Upload | null,
	schemaOrRun: z.ZodType | Run,
	maybeRun?: Run
): Promise<unknown> {
	const schema = typeof schemaOrRun === 'function' ? null : schemaOrRun;
	const run = (typeof schemaOrRun === 'function' ? schemaOrRun : maybeRun) as Run;
	const body = request ? await readBody(request) : new FormData();
	if (!(body instanceof FormData)) return body;
	let data: unknown = undefined;
	if (schema) {
		const parsed = parseForm(schema, body);
		if (!parsed.ok) return parsed.failure;
		data = parsed.data;
	}
	try {
		return await run({ data, form: body });
	} catch (e) {
		if (isAppError(e)) return answerOf(e, body);
		throw e;
	}
}

/** The one uploaded file of a field, or null when none was chosen. */
export function fileOf(form: FormData, name: string): File | null {
	const value = form.get(name);
	return value instanceof File && value.size > 0 ? value : null;
}

/**
 * For loads: the service's value, or the error page when it refuses (an AppError answers with
 * its code's status and message, as in actions).
 */
export async function orErrorPage<T>(run: Promise<T>): Promise<T> {
	try {
		return await run;
	} catch (e) {
		if (isAppError(e)) error(e.status, e.key);
		throw e;
	}
}
