/**
 * The fixed choices of the event form, for the browser (the server's lists live in
 * lib/server/events/core/event.types.ts, which components may not import; a test keeps both equal).
 */
export const TARGET_GROUPS = [
	'0-3',
	'3-6',
	'6-10',
	'10-14',
	'14-18',
	'parents',
	'grandparents',
	'everyone'
] as const;

/** Languages offered in the event form (ISO 639-1, dgs: German Sign Language). */
export const EVENT_LANGUAGES = [
	'de',
	'en',
	'tr',
	'ar',
	'uk',
	'ru',
	'pl',
	'fa',
	'fr',
	'es',
	'it',
	'dgs'
] as const;

export const COST_KINDS = ['free', 'amount', 'on_request'] as const;

/**
 * One value of the form, whatever shape the page has it in: lists arrive as arrays (the
 * workflow pages) or joined by line breaks (the coordinators' pages, as forms.ts joins them).
 */
export function textOf(value: string | string[] | undefined): string {
	return Array.isArray(value) ? value.join('\n') : (value ?? '');
}

/** A list value as an array (see textOf); empty lines are dropped. */
export function listOf(value: string | string[] | undefined): string[] {
	const list = Array.isArray(value) ? value : (value ?? '').split('\n');
	return list.map((v) => v.trim()).filter(Boolean);
}
