import type { Actor } from '../access/access.service.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { toCsv } from '../events/registration/csv.ts';
import { findRegistrationsOfEvent } from '../events/registration/registration.repository.ts';
import { localDate } from '../events/core/time-zone.ts';
import { partnerContacts } from './plenum-send.service.ts';
import * as attendanceRepo from './plenum-attendance.repository.ts';
import { eventOf, loadPlenum } from './plenum.service.ts';

/*
 * The attendance list of a plenum: everyone registered for its event (not those who cancelled),
 * with the partner they speak for (matched by address), marked present or absent on the day.
 * Once a registration's personal data has been deleted (its retention period), the row stays
 * with its mark but without name and address.
 */

type Ctx = Pick<ServiceContext, 'db'>;

interface AttendanceItem {
	registrationId: string;
	name: string;
	email: string;
	partner: string;
	persons: number;
	status: 'confirmed' | 'waitlisted';
	/** null: not marked yet */
	present: boolean | null;
	anonymized: boolean;
}

export async function attendanceList(ctx: Ctx, actor: Actor, allianceId: string, id: string) {
	const row = await loadPlenum(ctx, actor, allianceId, id);
	const event = await eventOf(ctx, row);
	const partnerOf = new Map<string, string>();
	for (const c of await partnerContacts(ctx, allianceId)) {
		if (!partnerOf.has(c.email)) partnerOf.set(c.email, c.partner);
	}
	const marks = new Map(
		(await attendanceRepo.findAttendance(ctx.db, allianceId, id)).map((m) => [
			m.registration_id,
			m.present
		])
	);
	const items: AttendanceItem[] = [];
	for (const r of await findRegistrationsOfEvent(ctx.db, allianceId, event.id)) {
		if (r.status === 'cancelled') continue;
		const mark = marks.get(r.id);
		items.push({
			registrationId: r.id,
			name: r.name,
			email: r.email,
			partner: partnerOf.get(r.email.trim().toLowerCase()) ?? '',
			persons: r.adults + r.children,
			status: r.status,
			present: mark === undefined ? null : mark === 1,
			anonymized: r.anonymized_at !== null
		});
	}
	items.sort((a, b) => a.name.localeCompare(b.name, 'de'));
	return {
		plenumId: row.id,
		event: {
			id: event.id,
			title: event.title,
			start: event.start,
			end: event.end,
			allDay: event.allDay,
			place: [event.location.placeName, event.location.address].filter(Boolean).join(', ')
		},
		items,
		present: items.filter((i) => i.present === true).length,
		absent: items.filter((i) => i.present === false).length
	};
}

/** Marks people present or absent; every id must be a registration of this plenum's event. */
export async function saveAttendance(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string,
	marks: Record<string, 'present' | 'absent'>,
	now = new Date()
): Promise<number> {
	const list = await attendanceList(ctx, actor, allianceId, id);
	const known = new Set(list.items.map((i) => i.registrationId));
	const entries = Object.entries(marks);
	if (entries.some(([registrationId]) => !known.has(registrationId))) {
		throw new AppError('INVALID', 'error.invalid');
	}
	const iso = now.toISOString();
	for (const [registrationId, mark] of entries) {
		await attendanceRepo.upsertAttendance(
			ctx.db,
			allianceId,
			id,
			registrationId,
			mark === 'present',
			iso
		);
	}
	return entries.length;
}

/** The list as CSV for Excel (UTF-8 with BOM, semicolons). */
export async function attendanceCsv(ctx: Ctx, actor: Actor, allianceId: string, id: string) {
	const list = await attendanceList(ctx, actor, allianceId, id);
	const rows: (string | number)[][] = [
		['Name', 'Partner', 'E-Mail', 'Personen', 'Anmeldung', 'Anwesend']
	];
	for (const i of list.items) {
		rows.push([
			i.anonymized ? '(gelöscht)' : i.name,
			i.partner,
			i.email,
			i.persons,
			i.status === 'confirmed' ? 'bestätigt' : 'Warteliste',
			i.present === null ? '' : i.present ? 'ja' : 'nein'
		]);
	}
	return {
		filename: `anwesenheit-plenum-${localDate(list.event.start)}.csv`,
		body: toCsv(rows)
	};
}
