/*
 * Data a page needs for its server render only (decision 097). SvelteKit serialises every
 * load's data into the HTML's start script, and does so even for pages that ship no JavaScript
 * (`csr = false`, all public pages since decision 092), where nothing ever reads it: for the
 * calendar's list (1,000 partners in the filter, 25 dates) that was a tenth of the page's CPU.
 * `pageOnly(value)` marks an object or array (unchanged otherwise); the `transport` hook
 * (src/hooks.ts) writes a placeholder for it instead of walking it. A page rendered on the client
 * must not use it: its browser would find the placeholder (decode throws, loudly).
 */

const marked = new WeakSet<object>();

/** The same value, marked: not serialised into the page (for pages without client-side rendering). */
export function pageOnly<T extends object>(value: T): T {
	marked.add(value);
	return value;
}

export function isPageOnly(value: unknown): boolean {
	return typeof value === 'object' && value !== null && marked.has(value);
}
