import type { Alliance } from '../alliances/alliance.types.ts';
import { createEvent } from '../events/core/create-event.service.ts';
import { getEvent } from '../events/core/event.service.ts';
import { SYSTEM_ACTOR } from '../events/core/event.types.ts';
import { enableRegistration } from '../events/registration/registration-admin.service.ts';
import { addDays, localDate, localTime, localToUtcIso } from '../events/core/time-zone.ts';
import type { ServiceContext } from '../context.ts';

/*
 * The plenum of the demo alliance "Musterstadt": last year's plenum (December, held) with its
 * agenda, the invitation and reminder sent, who came and public minutes; and this year's
 * plenum (the calendar's "Plenum des Bündnisses …") prepared from it, invitation not yet sent.
 * Every name is invented; .example addresses reach nobody.
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry' | 'publicUrl'>;

const AGENDA = [
	'Begrüßung durch die Schirmherrin',
	'Rückblick: Was wir im Jahr gemeinsam geschafft haben',
	'Bericht aus den Arbeitsgruppen',
	'Schwerpunkte für das kommende Jahr',
	'Wahl des Koordinierungsteams',
	'Verschiedenes und Ausklang mit Imbiss'
];

const MINUTES = `<p><strong>Anwesend:</strong> 14 Personen aus 9 Partnerorganisationen, dazu Gäste aus Rat und Verwaltung. Moderation: Petra Sommer.</p>
<h2>1. Begrüßung</h2><p>Die Schirmherrin dankt allen Partnern für ihren Einsatz und hebt das Familienfest im Stadtpark hervor.</p>
<h2>2. Rückblick</h2><p>Zwölf gemeinsame Veranstaltungen, der Familienwegweiser mit über 60 Angeboten, neu im Bündnis: die Stadtbibliothek und der TuS Eichenau.</p>
<h2>3. Arbeitsgruppen</h2><p>Die AG Vereinbarkeit hat einen Leitfaden für familienfreundliche Arbeitgeber erarbeitet; die AG Familienzeit plant Ferienangebote.</p>
<h2>4. Schwerpunkte</h2><p>Beschlossen: Ausbau der Ferienbetreuung, ein zweites Familienfest im Herbst, mehr Angebote in einfacher Sprache.</p>
<h2>5. Wahl</h2><p>Das Koordinierungsteam wurde einstimmig bestätigt.</p>
<h2>6. Verschiedenes</h2><p>Das nächste Plenum findet wieder im Dezember statt.</p>`;

/** Seeds both plena once the demo calendar exists; returns how many plena were created. */
export async function seedPlenumDemo(
	ctx: Ctx,
	alliance: Pick<Alliance, 'id'>,
	now = new Date()
): Promise<number> {
	const allianceId = alliance.id;
	const current = await ctx.db
		.selectFrom('event')
		.select('id')
		.where('alliance_id', '=', allianceId)
		.where('title', 'like', 'Plenum des Bündnisses %')
		.orderBy('start_utc', 'desc')
		.executeTakeFirst();
	if (!current) return 0;
	const event = await getEvent(ctx, allianceId, current.id);
	if (!event) return 0;
	const day = localDate(event.start);
	const year = Number(day.slice(0, 4));
	// Last year: the same weekday 52 weeks earlier (the second Thursday of December stays one).
	const lastDay = addDays(day, -364);
	const at = (date: string, iso: string) => localToUtcIso(date, localTime(iso)) ?? iso;
	const last = await createEvent(
		ctx,
		SYSTEM_ACTOR,
		allianceId,
		{
			title: event.title.replace(String(year), String(year - 1)),
			summary: event.summary,
			descriptionHtml: event.descriptionHtml,
			start: at(lastDay, event.start),
			end: at(lastDay, event.end),
			allDay: false,
			rrule: null,
			exdates: [],
			location: event.location,
			organiserPartnerId: null,
			organiserName: '',
			contact: event.contact,
			topicIds: event.topicIds,
			targetGroups: event.targetGroups,
			cost: event.cost,
			accessibility: event.accessibility,
			languages: event.languages,
			image: null,
			attachmentIds: [],
			highlight: false
		},
		{ status: 'published', now: new Date(Date.parse(at(lastDay, event.start)) - 60 * 86_400_000) }
	);
	await enableRegistration(ctx, allianceId, last.id, { capacity: 80, waitlist: true }, now);
	// The coordinators keep last year's list for a year (the longest retention the form allows).
	await ctx.db
		.updateTable('event')
		.set({ registration_retention_days: 365 })
		.where('alliance_id', '=', allianceId)
		.where('id', '=', last.id)
		.execute();

	const start = Date.parse(last.start);
	const iso = (daysBefore: number) => new Date(start - daysBefore * 86_400_000).toISOString();
	const contacts = await ctx.db
		.selectFrom('partner')
		.select(['internal_contact_name as name', 'internal_email as email'])
		.where('alliance_id', '=', allianceId)
		.where('status', '=', 'active')
		.where('internal_email', '!=', '')
		.orderBy('name')
		.limit(10)
		.execute();
	const people = [
		...contacts,
		{ name: 'Dr. Miriam Hoffmann', email: 'buergermeisterin@musterstadt.example' },
		{ name: 'Klaus Berger', email: 'k.berger@example.org' }
	];
	const lastPlenumId = crypto.randomUUID();
	const currentPlenumId = crypto.randomUUID();
	// Two inserts: SQLite has no DEFAULT in a multi-row VALUES list.
	await ctx.db
		.insertInto('plenum')
		.values({
			id: lastPlenumId,
			alliance_id: allianceId,
			event_id: last.id,
			predecessor_id: null,
			agenda: JSON.stringify(AGENDA),
			invitation_text: '',
			extra_addresses: 'buergermeisterin@musterstadt.example',
			reminder_days: 7,
			invitation_status: 'sent',
			invited_at: iso(35),
			invited_count: people.length + 5,
			reminder_status: 'sent',
			reminded_at: iso(7),
			minutes_html: MINUTES,
			minutes_file_id: null,
			minutes_visibility: 'public',
			minutes_updated_at: iso(-6),
			minutes_announced_at: iso(-6),
			addresses_deleted_at: null,
			created_by: null,
			created_at: iso(40),
			updated_at: iso(-6)
		})
		.execute();
	await ctx.db
		.insertInto('plenum')
		.values({
			id: currentPlenumId,
			alliance_id: allianceId,
			event_id: event.id,
			predecessor_id: lastPlenumId,
			agenda: JSON.stringify(AGENDA),
			invitation_text: '',
			extra_addresses: 'buergermeisterin@musterstadt.example',
			reminder_days: 7,
			invited_at: null,
			reminded_at: null,
			minutes_file_id: null,
			minutes_updated_at: null,
			minutes_announced_at: null,
			addresses_deleted_at: null,
			created_by: null,
			created_at: now.toISOString(),
			updated_at: now.toISOString()
		})
		.execute();
	for (const [i, p] of people.entries()) {
		const id = crypto.randomUUID();
		await ctx.db
			.insertInto('event_registration')
			.values({
				id,
				alliance_id: allianceId,
				event_id: last.id,
				occurrence_start: last.start,
				position: i + 1,
				status: 'confirmed',
				name: p.name,
				email: p.email,
				adults: i % 4 === 0 ? 2 : 1,
				children: 0,
				locale: 'de',
				token_hash: null,
				consent_privacy_at: iso(30 - i),
				created_at: iso(30 - i),
				updated_at: iso(30 - i),
				promoted_at: null,
				cancelled_at: null,
				anonymized_at: null,
				cancel_notice_at: null
			})
			.execute();
		await ctx.db
			.insertInto('plenum_attendance')
			.values({
				alliance_id: allianceId,
				plenum_id: lastPlenumId,
				registration_id: id,
				present: i % 5 === 3 ? 0 : 1,
				updated_at: last.start
			})
			.execute();
	}
	return 2;
}
