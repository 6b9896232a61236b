import { de } from './de/index.ts';
import { en } from './en/index.ts';

export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof de;

const catalogs: Record<Locale, Record<MessageKey, string>> = { de, en };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function isMessageKey(value: string): value is MessageKey {
	return value in de;
}

/** Translates a key; {name} placeholders are filled from params. Unknown keys show themselves. */
export function translate(
	locale: Locale,
	key: MessageKey | string,
	params?: Record<string, string | number>
): string {
	const catalog = catalogs[locale] ?? de;
	let text: string = isMessageKey(key) ? catalog[key] : key;
	if (params) {
		for (const [name, value] of Object.entries(params)) {
			text = text.replaceAll(`{${name}}`, String(value));
		}
	}
	return text;
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
	return (key, params) => translate(locale, key, params);
}

/** Picks de or en from an Accept-Language header; German when in doubt. */
export function localeFromAcceptLanguage(header: string | null): Locale {
	if (!header) return 'de';
	const ranked = header
		.split(',')
		.map((part) => {
			const [tag = '', ...rest] = part.trim().split(';');
			const q = rest.find((p) => p.trim().startsWith('q='));
			return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
		})
		.sort((a, b) => b.q - a.q);
	for (const { tag } of ranked) {
		const base = tag.split('-')[0];
		if (base === 'de') return 'de';
		if (base === 'en') return 'en';
	}
	return 'de';
}
