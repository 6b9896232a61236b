import { error } from '@sveltejs/kit';
import { isAppError, type AppError } from '../app-error.ts';
import { formError } from '../http/forms.ts';

function ruleFailure(e: AppError, form: FormData | Record<string, string>) {
	return formError(e.status, e.key, form, e.field ? { [e.field]: { key: e.key } } : {});
}

/**
 * Runs a service call from a form action. A broken rule becomes a form message (keeping what
 * was typed); "not found" and "forbidden" become the error page, so that nobody learns more
 * about another partner than that it is not theirs.
 */
export async function attempt<T>(
	form: FormData | Record<string, string>,
	run: () => Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; failure: ReturnType<typeof ruleFailure> }> {
	try {
		return { ok: true, value: await run() };
	} catch (e) {
		if (!isAppError(e)) throw e;
		if (e.status === 404 || e.status === 403) error(e.status, { message: e.key });
		return { ok: false, failure: ruleFailure(e, form) };
	}
}

/** An uploaded file from a form field, or null when none was chosen. */
export function fileOf(form: FormData, name: string): File | null {
	const value = form.get(name);
	return value instanceof File && value.size > 0 ? value : null;
}
