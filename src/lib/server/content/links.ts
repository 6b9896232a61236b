/*
 * Rich text stores addresses inside the site as root paths (/dateien/…, /ueber-uns). An alliance
 * reached under /b/<slug> needs that prefix in front when the HTML is shown, and it is taken
 * off again before saving, so stored content never depends on how the site was reached.
 */

const ROOT_ATTR = /\b(href|src)="\/(?!\/)/g;

/** Adds the alliance's path prefix to root-relative href and src attributes. */
export function withPrefix(html: string, prefix: string): string {
	if (!prefix) return html;
	return html.replace(ROOT_ATTR, (_m, attr: string) => `${attr}="${prefix}/`);
}

/** Removes the alliance's path prefix again (before saving). */
export function withoutPrefix(html: string, prefix: string): string {
	if (!prefix) return html;
	const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return html.replace(new RegExp(`\\b(href|src)="${escaped}(/|")`, 'g'), (_m, attr, end) =>
		end === '"' ? `${attr}="/"` : `${attr}="/`
	);
}
