import { de } from './de/index.ts';
import { en } from './en/index.ts';

const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageKey = keyof typeof de;

const catalogs: Record<Locale, Record<MessageKey, string>> = { de, en };

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function isMessageKey(value: string): value is MessageKey {
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

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
	return (key, params) => translate(locale, key, params);
}
