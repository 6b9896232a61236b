import type { Insertable } from 'kysely';
import type { ServiceContext } from '../../context.ts';
import type { EventTable } from '../core/event.table.ts';
import { ensureDefaultTopics } from '../../topics/topic.service.ts';
import { TARGET_GROUPS, type EventStatus } from '../core/event.types.ts';
import { bumpCalendarState } from '../core/event.repository.ts';
import {
	insertEventsBulk,
	insertOccurrencesBulk,
	insertRelationsBulk
} from './events.bulk.repository.ts';
import { occurrenceRows } from '../core/occurrence-cache.ts';
import { addDays, localDate, localToUtcIso } from '../core/time-zone.ts';

/*
 * Load-test data for `npm run bench`: n events (a tenth of them recurring) spread over the
 * half year behind and the year ahead, in every district, for every target group, some
 * cancelled, some with cost. Deterministic for a given n and day. Written in bulk (one
 * transaction, a few thousand rows per statement) — not through createEvent, which would take
 * minutes for 5,000 events — but with the same occurrence materialisation.
 */

const WORDS = [
	'Elterncafé',
	'Vorlesestunde',
	'Krabbelgruppe',
	'Familienfrühstück',
	'Bastelnachmittag',
	'Spielplatzfest',
	'Beratung',
	'Kinderturnen',
	'Waldspaziergang',
	'Musikgarten',
	'Erste-Hilfe-Kurs',
	'Elternabend',
	'Töpferkurs',
	'Schwimmkurs',
	'Laternenbasteln',
	'Kinderkino',
	'Sprechstunde',
	'Flohmarkt',
	'Nähcafé',
	'Repair-Café'
];
const PLACES = [
	'Familienzentrum',
	'Stadtbibliothek',
	'Gemeindehaus',
	'Turnhalle',
	'Mehrgenerationenhaus',
	'Jugendtreff'
];
const DISTRICTS = ['Altstadt', 'Nordviertel', 'Am Hafen', 'Südfeld', 'Eichenau'];
const RULES = [
	'FREQ=WEEKLY',
	'FREQ=WEEKLY',
	'FREQ=WEEKLY',
	'FREQ=WEEKLY;INTERVAL=2',
	'FREQ=MONTHLY;BYDAY=2TU',
	'FREQ=MONTHLY;BYDAY=1SA',
	'FREQ=WEEKLY;COUNT=10'
];

/** A small deterministic random generator (mulberry32). */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Creates `n` events (every tenth recurring) for the alliance; returns how many events and
 * materialised occurrences were written.
 */
export async function seedBenchEvents(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	n = 5000,
	now = new Date()
): Promise<{ events: number; occurrences: number }> {
	const rand = random(n);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
	const topics = await ensureDefaultTopics(ctx, allianceId);
	const partners = await ctx.db
		.selectFrom('partner')
		.select(['id', 'name'])
		.where('alliance_id', '=', allianceId)
		.execute();
	const today = localDate(now);
	const nowIso = now.toISOString();
	const events: Insertable<EventTable>[] = [];
	const eventTopics: { event_id: string; topic_id: string }[] = [];
	const groups: { event_id: string; target_group: string }[] = [];
	for (let i = 0; i < n; i++) {
		const id = crypto.randomUUID();
		const recurring = i % 10 === 0;
		const date = addDays(today, Math.floor(rand() * 548) - 183);
		const allDay = !recurring && rand() < 0.03;
		const hour = 8 + Math.floor(rand() * 11);
		const minutes = rand() < 0.5 ? '00' : '30';
		const time = `${String(hour).padStart(2, '0')}:${minutes}`;
		const start = localToUtcIso(date, allDay ? '00:00' : time) as string;
		const end = allDay
			? (localToUtcIso(addDays(date, 1 + Math.floor(rand() * 3))) as string)
			: new Date(Date.parse(start) + (1 + Math.floor(rand() * 3)) * 3_600_000).toISOString();
		const word = pick(WORDS);
		const district = pick(DISTRICTS);
		const place = `${pick(PLACES)} ${district}`;
		const roll = rand();
		const status: EventStatus = roll < 0.02 ? 'cancelled' : roll < 0.05 ? 'draft' : 'published';
		const costRoll = rand();
		const title = `${word} ${i + 1}`;
		const summary = `${word} für Familien im Stadtteil ${district}. Offen für alle, mit und ohne Anmeldung.`;
		// (drawn here, in the order the generator always drew it: the same data as before)
		const organiser = partners.length && rand() < 0.7 ? pick(partners) : null;
		events.push({
			id,
			alliance_id: allianceId,
			slug: `last-${i + 1}`,
			uid: `${id}@bench.invalid`,
			title,
			summary,
			description_html: `<p>${summary}</p><p>Bitte bringen Sie gute Laune mit.</p>`,
			start_utc: start,
			end_utc: end,
			all_day: allDay ? 1 : 0,
			rrule: recurring ? pick(RULES) : null,
			place_name: place,
			address: `Hauptstraße ${1 + (i % 120)}, 12345 Musterstadt`,
			district,
			organiser_partner_id: organiser ? organiser.id : null,
			cost_kind: costRoll < 0.6 ? 'free' : costRoll < 0.9 ? 'amount' : 'on_request',
			cost_cents: costRoll >= 0.6 && costRoll < 0.9 ? 100 * (1 + Math.floor(rand() * 40)) : null,
			status,
			status_note: status === 'cancelled' ? 'Fällt leider aus.' : '',
			published_at: status === 'draft' ? null : nowIso,
			highlight: rand() < 0.01 ? 1 : 0,
			search_text: `${title} ${summary} ${place} ${organiser?.name ?? ''}`.toLowerCase().trim(),
			languages: '["de"]',
			created_at: nowIso,
			updated_at: nowIso
		});
		eventTopics.push({ event_id: id, topic_id: pick(topics).id });
		const count = 1 + Math.floor(rand() * 3);
		for (const group of new Set(Array.from({ length: count }, () => pick(TARGET_GROUPS)))) {
			groups.push({ event_id: id, target_group: group });
		}
	}
	const occurrences = events.flatMap((e) => {
		const { rows, until } = occurrenceRows(
			{
				id: e.id as string,
				alliance_id: allianceId,
				start_utc: e.start_utc,
				end_utc: e.end_utc,
				all_day: e.all_day ?? 0,
				time_zone: 'Europe/Berlin',
				rrule: e.rrule ?? null,
				exdates: '[]',
				status: e.status ?? 'draft'
			},
			[],
			now
		);
		e.occurrences_until = until;
		return rows;
	});
	await ctx.db.transaction().execute(async (trx) => {
		await insertEventsBulk(trx, events);
		await insertRelationsBulk(trx, eventTopics, groups);
		await insertOccurrencesBulk(trx, occurrences);
		await bumpCalendarState(trx, allianceId, nowIso);
	});
	return { events: events.length, occurrences: occurrences.length };
}
