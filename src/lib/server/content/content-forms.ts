import type { FieldErrors } from '../http/forms.ts';

/*
 * Glue between the content services' results and the forms in routes.
 */

/** Service errors (field → message key) as the form components expect them. */
export function toFieldErrors(errors: Record<string, string>): FieldErrors {
	return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, { key }]));
}

/** The form-wide message for service errors: one that concerns the whole form, or the general one. */
export function formMessage(errors: Record<string, string>): string {
	return errors._form ?? 'error.form';
}

export type UploadForm = { ok: true; form: FormData } | { ok: false; status: 400 | 413 };

/**
 * Reads a multipart form. A body over the server's BODY_SIZE_LIMIT makes the adapter fail the
 * stream with status 413; that becomes a translated message instead of an error page.
 */
export async function readUploadForm(request: Request): Promise<UploadForm> {
	try {
		return { ok: true, form: await request.formData() };
	} catch (err) {
		const status = (err as { status?: unknown } | null)?.status;
		return { ok: false, status: status === 413 ? 413 : 400 };
	}
}

/** The one uploaded file of a field, or null when none was chosen. */
export function fileOf(form: FormData, name: string): File | null {
	const value = form.get(name);
	return value instanceof File && value.size > 0 ? value : null;
}
