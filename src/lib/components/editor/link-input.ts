/** What a person types as a link address, completed: used by the editor's Link button. */
/** "www.x.de" → "https://www.x.de", "a@b.de" → "mailto:a@b.de"; null for nothing usable. */
export function normaliseLink(input: string): string | null {
	const value = input.trim();
	if (!value) return null;
	if (/^(https?:\/\/|mailto:|tel:|\/)/i.test(value)) return value;
	if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(value)) return `mailto:${value}`;
	if (/^\+?[\d\s/()-]{6,}$/.test(value)) return `tel:${value.replace(/[^\d+]/g, '')}`;
	if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/.*)?$/i.test(value)) return `https://${value}`;
	return null;
}
