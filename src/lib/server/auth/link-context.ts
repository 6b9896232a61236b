import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The site address (origin + alliance prefix) and language in which Better Auth's mail
 * callbacks build their links; set by the account service around each auth call.
 */
export interface LinkContext {
	siteUrl: string;
	allianceName: string;
	locale: 'de' | 'en';
}

export const linkContext = new AsyncLocalStorage<LinkContext>();
