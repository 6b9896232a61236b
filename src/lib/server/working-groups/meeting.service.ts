import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import { serializeCalendar } from '../events/calendar/ics.ts';
import {
	DEFAULT_TIME_ZONE,
	localDate,
	localTime,
	utcToWall,
	wallToUtc
} from '../events/core/time-zone.ts';
import * as repo from './working-group.repository.ts';
import type { MeetingInput } from './working-group.schema.ts';
import { canSeeMeetings, visibleMeetingGroups } from './working-group.service.ts';

/*
 * Meetings of working groups and of the coordination team (groupId null): date, place, agenda
 * and minutes, visible to members only; invitations by mail with an .ics attached.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;
type MailCtx = Pick<ServiceContext, 'db' | 'mailer'>;

export interface Meeting {
	id: string;
	groupId: string | null;
	title: string;
	start: string;
	end: string;
	/** Local date and times (Europe/Berlin) for display and forms */
	localDate: string;
	localStart: string;
	localEnd: string;
	place: string;
	agenda: string;
	minutes: string;
	invitedAt: string | null;
}

function toMeeting(row: repo.MeetingRow): Meeting {
	return {
		id: row.id,
		groupId: row.working_group_id,
		title: row.title,
		start: row.starts_at,
		end: row.ends_at,
		localDate: localDate(row.starts_at),
		localStart: localTime(row.starts_at),
		localEnd: localTime(row.ends_at),
		place: row.place,
		agenda: row.agenda,
		minutes: row.minutes,
		invitedAt: row.invited_at
	};
}

/** "2026-12-02T18:00" (Europe/Berlin) → UTC ISO */
export function localToUtc(local: string): string {
	return new Date(wallToUtc(Date.parse(`${local}:00Z`), DEFAULT_TIME_ZONE)).toISOString();
}

/** UTC ISO → "2026-12-02T18:00" (Europe/Berlin), for datetime-local fields */
export function utcToLocalInput(iso: string): string {
	return new Date(utcToWall(Date.parse(iso), DEFAULT_TIME_ZONE)).toISOString().slice(0, 16);
}

/** Meetings of one group (or the coordination team) – for those allowed to see them. */
export async function meetingsOf(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	groupId: string | null
): Promise<Meeting[]> {
	if (!(await canSeeMeetings(ctx, actor, allianceId, groupId))) {
		throw new AppError('FORBIDDEN', 'error.forbidden');
	}
	return (await repo.findMeetings(ctx.db, allianceId, [groupId])).map(toMeeting);
}

/** Upcoming meetings of the given groups (already checked by the caller). */
export async function upcomingMeetings(
	ctx: ReadCtx,
	allianceId: string,
	groupIds: (string | null)[],
	now = new Date()
): Promise<Meeting[]> {
	if (!groupIds.length) return [];
	return (await repo.findMeetings(ctx.db, allianceId, groupIds, { from: now.toISOString() })).map(
		toMeeting
	);
}

export async function meeting(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<Meeting> {
	const row = await repo.findMeeting(ctx.db, allianceId, id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	if (!(await canSeeMeetings(ctx, actor, allianceId, row.working_group_id))) {
		throw new AppError('FORBIDDEN', 'error.forbidden');
	}
	return toMeeting(row);
}

/** Creates (id null) or updates a meeting; coordinators only. */
export async function saveMeeting(
	ctx: ReadCtx,
	actor: Actor | null,
	allianceId: string,
	groupId: string | null,
	id: string | null,
	input: MeetingInput
): Promise<{ id: string }> {
	if (actor) await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (groupId && !(await repo.findGroupById(ctx.db, allianceId, groupId))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
	const now = new Date().toISOString();
	const values = {
		title: input.title,
		starts_at: localToUtc(input.start),
		ends_at: localToUtc(input.end),
		place: input.place,
		agenda: input.agenda,
		minutes: input.minutes,
		updated_at: now
	};
	if (id) {
		const existing = await repo.findMeeting(ctx.db, allianceId, id);
		if (!existing || existing.working_group_id !== groupId) {
			throw new AppError('NOT_FOUND', 'error.notFound');
		}
		await repo.updateMeeting(ctx.db, allianceId, id, values);
	} else {
		id = crypto.randomUUID();
		await repo.insertMeeting(ctx.db, {
			...values,
			id,
			alliance_id: allianceId,
			working_group_id: groupId,
			invited_at: null,
			created_at: now
		});
	}
	if (actor) {
		await recordAudit(ctx, {
			allianceId,
			userId: actor.userId,
			action: 'update',
			entity: 'meeting',
			entityId: id,
			summary: input.title
		});
	}
	return { id };
}

export async function removeMeeting(ctx: ReadCtx, actor: Actor, allianceId: string, id: string) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (!(await repo.deleteMeeting(ctx.db, allianceId, id))) {
		throw new AppError('NOT_FOUND', 'error.notFound');
	}
}

/** The meeting as an iCalendar file (one VEVENT, Europe/Berlin). */
export function meetingIcs(m: Meeting, groupName: string, siteUrl: string, host: string): string {
	return serializeCalendar({
		name: groupName,
		events: [
			{
				uid: `meeting-${m.id}@${host}`,
				sequence: 0,
				stamp: new Date().toISOString(),
				start: m.start,
				end: m.end,
				allDay: false,
				summary: `${groupName}: ${m.title}`,
				description: m.agenda ? `Tagesordnung:\n${m.agenda}` : undefined,
				location: m.place || undefined,
				url: siteUrl ? `${siteUrl}/intern/treffen/${m.id}` : undefined,
				status: 'CONFIRMED'
			}
		]
	});
}

function dateText(m: Meeting): string {
	const d = new Date(`${m.localDate}T12:00:00Z`).toLocaleDateString('de-DE', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	return `${d}, ${m.localStart} bis ${m.localEnd} Uhr`;
}

/**
 * Mails the invitation with an .ics to every member with an e-mail address (coordination
 * team: the coordinators). Returns how many were sent.
 */
export async function inviteToMeeting(
	ctx: MailCtx,
	actor: Actor,
	input: { allianceId: string; id: string; siteUrl: string; allianceName: string }
): Promise<number> {
	await assertAllianceRole(ctx.db, actor, input.allianceId, ['coordinator']);
	const row = await repo.findMeeting(ctx.db, input.allianceId, input.id);
	if (!row) throw new AppError('NOT_FOUND', 'error.notFound');
	const m = toMeeting(row);
	let groupName = 'Koordinierungsteam';
	let recipients: { name: string; email: string }[];
	if (m.groupId) {
		const group = await repo.findGroupById(ctx.db, input.allianceId, m.groupId);
		groupName = group?.name ?? groupName;
		recipients = (await repo.findMembers(ctx.db, input.allianceId, m.groupId))
			.filter((r) => r.email)
			.map((r) => ({ name: r.name, email: r.email }));
	} else {
		recipients = await repo.findCoordinatorAccounts(ctx.db, input.allianceId);
	}
	const host = new URL(input.siteUrl).host;
	const ics = meetingIcs(m, groupName, input.siteUrl, host);
	const seen = new Set<string>();
	let sent = 0;
	for (const r of recipients) {
		const email = r.email.toLowerCase();
		if (seen.has(email)) continue;
		seen.add(email);
		await ctx.mailer.send({
			to: email,
			fromName: input.allianceName,
			subject: `Einladung: ${groupName} – ${m.title} am ${new Date(`${m.localDate}T12:00:00Z`).toLocaleDateString('de-DE', { timeZone: 'UTC' })}`,
			text: `Guten Tag ${r.name},

herzliche Einladung zum nächsten Treffen der Gruppe „${groupName}“:

${m.title}
${dateText(m)}${m.place ? `\nOrt: ${m.place}` : ''}
${m.agenda ? `\nTagesordnung:\n${m.agenda}\n` : ''}
Den Termin finden Sie im Anhang – mit einem Klick übernehmen Sie ihn in Ihren Kalender. Alle Unterlagen und später das Protokoll stehen im internen Bereich:
${input.siteUrl}/intern/treffen/${m.id}

Wenn Sie nicht kommen können, geben Sie bitte kurz Bescheid.

Freundliche Grüße
${input.allianceName}`,
			attachments: [
				{ filename: 'einladung.ics', content: ics, contentType: 'text/calendar; charset=utf-8' }
			]
		});
		sent++;
	}
	await repo.updateMeeting(ctx.db, input.allianceId, input.id, {
		invited_at: new Date().toISOString()
	});
	await recordAudit(ctx, {
		allianceId: input.allianceId,
		userId: actor.userId,
		action: 'invite',
		entity: 'meeting',
		entityId: input.id,
		summary: `${sent} Einladungen`
	});
	return sent;
}

/** All meetings this person may see, with their group's name, split at `now`. */
export async function visibleMeetings(
	ctx: ReadCtx,
	actor: Actor,
	allianceId: string,
	now = new Date()
): Promise<{
	upcoming: (Meeting & { groupName: string | null })[];
	past: (Meeting & { groupName: string | null })[];
}> {
	const groupIds = await visibleMeetingGroups(ctx, actor, allianceId);
	if (!groupIds.length) return { upcoming: [], past: [] };
	const [rows, groups] = await Promise.all([
		repo.findMeetings(ctx.db, allianceId, groupIds),
		repo.findGroups(ctx.db, allianceId)
	]);
	const named = rows.map((r) => ({
		...toMeeting(r),
		groupName: r.working_group_id
			? (groups.find((g) => g.id === r.working_group_id)?.name ?? '')
			: null
	}));
	const nowIso = now.toISOString();
	return {
		upcoming: named.filter((m) => m.end >= nowIso),
		past: named.filter((m) => m.end < nowIso).reverse()
	};
}

/** A meeting's group name ('' for the coordination team). */
export async function meetingGroupName(ctx: ReadCtx, allianceId: string, groupId: string | null) {
	if (!groupId) return '';
	return (await repo.findGroupById(ctx.db, allianceId, groupId))?.name ?? '';
}
