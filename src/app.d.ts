import type { Alliance } from '#lib/server/alliances/alliance.types.ts';
import type { Locale } from '#lib/i18n/index.ts';
import type { Viewer } from '#lib/server/auth/viewer.ts';

declare global {
	namespace App {
		interface Locals {
			/** The alliance this request belongs to, or null on a multi-alliance start page. */
			alliance: Alliance | null;
			/** '' or '/b/<slug>' when the alliance is addressed by path prefix. */
			prefix: string;
			locale: Locale;
			/** Who is signed in, with their role in this alliance. */
			viewer: Viewer | null;
		}
		interface Error {
			message: string;
			code?: string;
		}
		interface PageData {
			locale: Locale;
		}
	}
}

export {};
