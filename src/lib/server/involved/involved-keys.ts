import type { InvolvedKey } from './involved.schema.ts';

/** Where each text's default lives in the UI strings (src/lib/i18n/<lang>/partners.ts). */
export const INVOLVED_DEFAULT_KEY: Record<InvolvedKey, string> = {
	intro: 'involved.intro',
	actions: 'involved.actions.text',
	donate: 'involved.donate.text',
	partner: 'involved.partner.text',
	share: 'involved.share.text',
	events: 'involved.events.text'
};
