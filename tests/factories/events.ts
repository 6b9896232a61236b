import type { EventInput } from '../../src/lib/server/events/core/event.types.ts';
import { localToUtcIso } from '../../src/lib/server/events/core/time-zone.ts';
import type { TestContext } from '../support/context.ts';

/** Test data for the calendar: event inputs in Berlin wall-clock time, partners, topics. */

/** UTC instant of a Berlin wall-clock time. */
export function berlin(date: string, time = '00:00'): string {
	const iso = localToUtcIso(date, time);
	if (!iso) throw new Error(`not a date: ${date} ${time}`);
	return iso;
}

/** The Berlin calendar day `days` days from today (YYYY-MM-DD), for tests that need the future. */
export function berlinDay(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', {
		timeZone: 'Europe/Berlin'
	});
}

/** A complete, valid event input; override what the test is about. */
export function eventInput(overrides: Partial<EventInput> = {}): EventInput {
	return {
		title: 'Elterncafé im Familienzentrum',
		summary: 'Kaffee, Gespräche und Spielecke für die Kleinen.',
		descriptionHtml: '<p>Offener Treff für Eltern mit Kindern bis drei Jahre.</p>',
		start: berlin('2026-12-02', '10:00'),
		end: berlin('2026-12-02', '12:00'),
		allDay: false,
		rrule: null,
		exdates: [],
		location: {
			placeName: 'Familienzentrum Nordviertel',
			address: 'Lindenstraße 4, 12345 Musterstadt',
			district: 'Nordviertel',
			latitude: null,
			longitude: null,
			onlineUrl: ''
		},
		organiserPartnerId: null,
		organiserName: '',
		contact: { name: '', email: '', phone: '', websiteUrl: '' },
		topicIds: [],
		targetGroups: ['0-3', 'parents'],
		cost: { kind: 'free', cents: null, note: '' },
		accessibility: '',
		languages: ['de'],
		image: null,
		attachmentIds: [],
		highlight: false,
		...overrides
	};
}

let counter = 0;

/** A partner organisation of the alliance (row only). */
export async function makePartner(
	ctx: TestContext,
	allianceId: string,
	name = `Partner ${++counter}`
): Promise<{ id: string; slug: string; name: string }> {
	const id = crypto.randomUUID();
	const slug = `partner-${Date.now().toString(36)}-${++counter}`;
	const now = new Date().toISOString();
	await ctx.db
		.insertInto('partner')
		.values({
			id,
			alliance_id: allianceId,
			slug,
			name,
			kind: 'association',
			created_at: now,
			updated_at: now
		})
		.execute();
	return { id, slug, name };
}

/** Makes `userId` a contact person of the partner. */
export async function linkPartnerContact(
	ctx: TestContext,
	allianceId: string,
	partnerId: string,
	userId: string
): Promise<void> {
	await ctx.db
		.insertInto('partner_contact')
		.values({
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			partner_id: partnerId,
			user_id: userId,
			created_at: new Date().toISOString()
		})
		.execute();
}
