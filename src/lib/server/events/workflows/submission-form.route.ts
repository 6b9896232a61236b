import type { ActionFailure } from '@sveltejs/kit';
import { AppError } from '../../app-error.ts';
import { parseForm, type FieldErrors, type FormFailure } from '../../http/forms.ts';
import { cleanLine } from '../core/event-text.ts';
import { eventFormSchema } from '../core/event-form.schema.ts';
import type { EventInput } from '../core/event.types.ts';
import {
	intentSchema,
	submitterSchema,
	textToParagraphs,
	type Submitter
} from './submission.schema.ts';

/*
 * Route adapter of the calendar's workflow forms: reads the public submission and the partners'
 * event form into the same EventInput the coordinators' form produces (core eventFormSchema),
 * throwing AppError INVALID with a message per field (the action's `formAction` answers it).
 */

/** Fields the public form never sends (the coordinators decide them). */
const PUBLIC_FIXED: Record<string, string> = {
	repeat: 'none',
	rrule: '',
	exdates: '',
	organiser: '',
	imageId: '',
	imageAlt: '',
	highlight: '',
	latitude: '',
	longitude: '',
	sequence: ''
};

function merge(...failures: (ActionFailure<FormFailure> | null)[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const f of failures) if (f) Object.assign(errors, f.data.errors);
	return errors;
}

/**
 * The calendar's form schema stops at the first problem with the dates; the title is checked
 * here as well, so that a person sees both at once.
 */
function titleError(form: FormData, errors: FieldErrors): FieldErrors {
	if (!errors.title && !cleanLine(String(form.get('title') ?? ''))) {
		return { ...errors, title: { key: 'error.required' } };
	}
	return errors;
}

/** The public form "Termin melden": one date (no series), plain-text description, the sender. */
export function parsePublicSubmission(form: FormData): { input: EventInput; submitter: Submitter } {
	const eventForm = new FormData();
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string' || key in PUBLIC_FIXED || key === 'attachments') continue;
		eventForm.append(key, key === 'description' ? textToParagraphs(value.slice(0, 20_000)) : value);
	}
	for (const [key, value] of Object.entries(PUBLIC_FIXED)) eventForm.set(key, value);
	const event = parseForm(eventFormSchema, eventForm);
	const submitter = parseForm(submitterSchema, form);
	if (!event.ok || !submitter.ok) {
		const errors = titleError(
			form,
			merge(event.ok ? null : event.failure, submitter.ok ? null : submitter.failure)
		);
		if (!errors.organiserName && !cleanLine(String(form.get('organiserName') ?? ''))) {
			errors.organiserName = { key: 'error.required' };
		}
		throw new AppError('INVALID', 'error.form', errors);
	}
	if (!event.data.input.organiserName) {
		throw new AppError('INVALID', 'error.form', { organiserName: 'error.required' });
	}
	return { input: event.data.input, submitter: submitter.data };
}

/** What the partners' and moderators' forms send besides the event. */

/** The partners' and moderators' event form (series allowed; rich-text description). */
export function parseEventForm(form: FormData): {
	input: EventInput;
	sequence: number | null;
	intent: 'save' | 'submit';
	/** Message keys to show after saving (a time that does not exist in Berlin, issue 9.4) */
	warnings: string[];
} {
	const eventForm = new FormData();
	for (const [key, value] of form.entries()) {
		if (typeof value !== 'string' || key === 'intent') continue;
		if (key === 'imageId' || key === 'attachments' || key === 'highlight') continue;
		eventForm.append(key, value);
	}
	const event = parseForm(eventFormSchema, eventForm);
	const intent = parseForm(intentSchema, form);
	if (!event.ok)
		throw new AppError('INVALID', 'error.form', titleError(form, merge(event.failure)));
	if (!intent.ok) throw new AppError('INVALID', 'error.form', merge(intent.failure));
	return {
		input: event.data.input,
		sequence: event.data.sequence,
		intent: intent.data.intent,
		warnings: event.data.warnings
	};
}
