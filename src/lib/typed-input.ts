/**
 * What a person typed before the page's JavaScript arrived survives hydration.
 *
 * Svelte writes every `value={…}` / `checked={…}` / `selected={…}` it rendered on the server
 * into the live element while it hydrates, so text typed on a slow phone between the HTML and
 * the JavaScript was silently replaced by the server's value (an empty field, mostly). The root
 * layout takes a snapshot of every control the person changed (its value differs from the
 * default the server rendered) right before the page hydrates, and puts it back right after.
 * Controls are found again by form, name and position, so a re-rendered element is found too.
 */

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Kept {
	key: string;
	value?: string;
	checked?: boolean;
	selected?: string[];
	files?: FileList;
}

const SKIP = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** A stable key: the form's position and action, the control's name (or id) and its position. */
function keysOf(root: ParentNode): Map<string, Control> {
	const out = new Map<string, Control>();
	const controls = Array.from(root.querySelectorAll<Control>('input, textarea, select')).filter(
		(el) => !(el instanceof HTMLInputElement && SKIP.has(el.type))
	);
	const seen = new Map<string, number>();
	const forms = Array.from(document.forms);
	for (const el of controls) {
		const form = el.form;
		const formKey = form ? `${forms.indexOf(form)}:${form.getAttribute('action') ?? ''}` : '-';
		const type = el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase();
		const base = `${formKey}|${el.name || el.id}|${type}`;
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		out.set(`${base}|${n}`, el);
	}
	return out;
}

function changed(el: Control): Kept | null {
	if (el instanceof HTMLSelectElement) {
		const options = Array.from(el.options);
		if (options.every((o) => o.selected === o.defaultSelected)) return null;
		return { key: '', selected: options.filter((o) => o.selected).map((o) => o.value) };
	}
	if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
		return el.checked === el.defaultChecked ? null : { key: '', checked: el.checked };
	}
	if (el instanceof HTMLInputElement && el.type === 'file') {
		return el.files && el.files.length ? { key: '', files: el.files } : null;
	}
	return el.value === el.defaultValue ? null : { key: '', value: el.value };
}

/** The controls the person has changed so far (before hydration). */
export function snapshotTyped(root: ParentNode = document): Kept[] {
	const kept: Kept[] = [];
	for (const [key, el] of keysOf(root)) {
		const c = changed(el);
		if (c) kept.push({ ...c, key });
	}
	return kept;
}

/** Puts the snapshot back (after hydration); returns how many controls it restored. */
export function restoreTyped(kept: Kept[], root: ParentNode = document): number {
	if (!kept.length) return 0;
	const now = keysOf(root);
	let restored = 0;
	for (const k of kept) {
		const el = now.get(k.key);
		if (!el) continue;
		if (k.selected && el instanceof HTMLSelectElement) {
			for (const o of Array.from(el.options)) o.selected = k.selected.includes(o.value);
		} else if (k.checked !== undefined && el instanceof HTMLInputElement) {
			el.checked = k.checked;
		} else if (k.files && el instanceof HTMLInputElement) {
			if (el.files !== k.files) el.files = k.files;
		} else if (k.value !== undefined && el.value !== k.value) {
			el.value = k.value;
		} else {
			continue;
		}
		restored++;
	}
	return restored;
}
