// Forms as a browser without JavaScript sees them: their action, method and fields.
import type { Page } from 'playwright-core';

interface FormField {
	name: string;
	type: string;
	value: string;
}

export interface HarvestedForm {
	/** absolute action URL */
	action: string;
	method: string;
	multipart: boolean;
	fields: FormField[];
	/**
	 * What else a person could choose: every option of a select and every unchecked checkbox or
	 * radio button, as name and value (the tenant walk puts other tenants' ids there).
	 */
	choices: FormField[];
}

/** Every form on the page, and every submit button with its own formaction as one more form. */
export function harvestForms(page: Page): Promise<HarvestedForm[]> {
	return page.evaluate(() => {
		const out: {
			action: string;
			method: string;
			multipart: boolean;
			fields: { name: string; type: string; value: string }[];
			choices: { name: string; type: string; value: string }[];
		}[] = [];
		for (const form of Array.from(document.forms)) {
			const fields: { name: string; type: string; value: string }[] = [];
			const choices: { name: string; type: string; value: string }[] = [];
			for (const el of Array.from(form.elements)) {
				const input = el as HTMLInputElement;
				if (!input.name || input.disabled) continue;
				const type = (input.type || el.tagName).toLowerCase();
				if (type === 'submit' || type === 'button' || type === 'reset') continue;
				if (el instanceof HTMLSelectElement) {
					for (const option of Array.from(el.options)) {
						choices.push({ name: el.name, type, value: option.value });
					}
				}
				if ((type === 'checkbox' || type === 'radio') && !input.checked) {
					choices.push({ name: input.name, type, value: input.value });
					continue;
				}
				fields.push({ name: input.name, type, value: input.value });
			}
			const method = (form.getAttribute('method') ?? 'get').toLowerCase();
			const multipart = form.enctype === 'multipart/form-data';
			out.push({ action: form.action, method, multipart, fields, choices });
			for (const button of Array.from(
				form.querySelectorAll('button[formaction], input[formaction]')
			)) {
				const b = button as HTMLButtonElement;
				const extra = b.name ? [{ name: b.name, type: 'submit', value: b.value }] : [];
				out.push({
					action: b.formAction,
					method,
					multipart,
					fields: [...fields, ...extra],
					choices
				});
			}
		}
		return out;
	});
}

/** The SvelteKit action name a form posts to ('default' without ?/name). */
export function actionName(action: string): string {
	const search = new URL(action).search;
	const match = /^\?\/([\w-]+)/.exec(search);
	return match?.[1] ?? 'default';
}
