import { page } from '$app/state';
import { translate, type Locale, type MessageKey } from './index.ts';

/** Translator for the current page's language; call in a component's script. */
export function useT() {
	return (key: MessageKey | string, params?: Record<string, string | number>) =>
		translate((page.data.locale as Locale) ?? 'de', key, params);
}

/** A path inside the current alliance's site (adds the /b/<slug> prefix where needed). */
export function href(path: string): string {
	const prefix = (page.data.prefix as string | undefined) ?? '';
	return prefix + (path === '/' && prefix ? '' : path);
}
