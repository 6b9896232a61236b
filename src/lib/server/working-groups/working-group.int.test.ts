import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { projectSchema } from '../projects/project.schema.ts';
import {
	projectsOfPartner,
	projectsOfWorkingGroup,
	publicProject,
	publicProjects
} from '../projects/project-public.service.ts';
import { saveProject } from '../projects/project-edit.service.ts';
import { insertPartnerRecord } from '../partners/partner-edit.service.ts';
import { inviteToMeeting, meeting, meetingsOf, saveMeeting } from './meeting.service.ts';
import { meetingSchema, memberSchema, workingGroupSchema } from './working-group.schema.ts';
import {
	addMember,
	publicMembers,
	saveGroup,
	visibleMeetingGroups
} from './working-group.service.ts';

let ctx: TestContext;
let a: Alliance;
let coordinator: TestPerson;
let member: TestPerson;
let outsider: TestPerson;
let groupId: string;
let meetingId: string;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });

async function status(promise: Promise<unknown>): Promise<number | 'ok'> {
	return promise.then(
		() => 'ok' as const,
		(e: unknown) => (e instanceof AppError ? e.status : 500)
	);
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { name: 'Bündnis für Familie Altstadt' });
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator', name: 'Clara Koord' });
	member = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Mia Mitglied' });
	outsider = await makePerson(ctx, { alliance: a, role: 'partner', name: 'Otto Außen' });
	groupId = (
		await saveGroup(
			ctx,
			actor(coordinator),
			a.id,
			null,
			workingGroupSchema.parse({ name: 'Familie und Pflege', contactName: 'Clara Koord' })
		)
	).id;
	await addMember(
		ctx,
		actor(coordinator),
		a.id,
		groupId,
		memberSchema.parse({ userId: member.userId, role: 'lead' })
	);
	await addMember(
		ctx,
		actor(coordinator),
		a.id,
		groupId,
		memberSchema.parse({ name: 'Ernst Ehrenamt', email: 'ernst@example.org' })
	);
	meetingId = (
		await saveMeeting(
			ctx,
			actor(coordinator),
			a.id,
			groupId,
			null,
			meetingSchema.parse({
				title: 'Planung Pflegetag',
				start: '2026-12-02T18:00',
				end: '2026-12-02T19:30',
				place: 'Familienzentrum, Raum 2',
				agenda: '1. Rückblick\n2. Pflegetag',
				minutes: 'Vertraulich: Budget 800 Euro'
			})
		)
	).id;
});
afterAll(async () => {
	await ctx.close();
});

describe('working groups and meetings', () => {
	it('stores meetings in UTC from Berlin wall-clock time', async () => {
		const m = await meeting(ctx, actor(member), a.id, meetingId);
		expect(m.start).toBe('2026-12-02T17:00:00.000Z');
		expect(m.localStart).toBe('18:00');
	});

	it('shows minutes to members and coordinators only; public lists carry no e-mail', async () => {
		expect((await meetingsOf(ctx, actor(member), a.id, groupId))[0]?.minutes).toContain('Budget');
		expect(await status(meetingsOf(ctx, actor(outsider), a.id, groupId))).toBe(403);
		expect(await status(meeting(ctx, actor(outsider), a.id, meetingId))).toBe(403);
		expect(await status(meeting(ctx, actor(coordinator), a.id, meetingId))).toBe('ok');
		expect(await visibleMeetingGroups(ctx, actor(outsider), a.id)).toEqual([]);
		expect(await visibleMeetingGroups(ctx, actor(member), a.id)).toEqual([groupId]);
		const people = await publicMembers(ctx, a.id, groupId);
		expect(JSON.stringify(people)).not.toContain('@');
		expect(people.map((p) => p.name).sort()).toEqual(['Ernst Ehrenamt', 'Mia Mitglied']);
		// the coordination team's meetings: coordinators only
		const team = await saveMeeting(
			ctx,
			actor(coordinator),
			a.id,
			null,
			null,
			meetingSchema.parse({ title: 'Team', start: '2026-12-05T10:00', end: '2026-12-05T11:00' })
		);
		expect(await status(meeting(ctx, actor(member), a.id, team.id))).toBe(403);
	});

	it('mails the invitation with an .ics to every member with an address', async () => {
		ctx.smtp.clear();
		expect(
			await status(
				inviteToMeeting(ctx, actor(member), {
					allianceId: a.id,
					id: meetingId,
					siteUrl: 'http://localhost:5999',
					allianceName: a.name
				})
			)
		).toBe(403);
		const sent = await inviteToMeeting(ctx, actor(coordinator), {
			allianceId: a.id,
			id: meetingId,
			siteUrl: 'http://localhost:5999',
			allianceName: a.name
		});
		expect(sent).toBe(2);
		const mail = await ctx.smtp.waitFor('ernst@example.org', /Einladung: Familie und Pflege/);
		expect(mail.text).toContain('Guten Tag Ernst Ehrenamt');
		expect(mail.text).toContain('18:00 bis 19:30 Uhr');
		const ics = mail.attachments.find((x) => x.filename === 'einladung.ics');
		expect(ics?.contentType).toContain('text/calendar');
		const body = ics!.content.toString('utf8');
		expect(body).toContain('BEGIN:VEVENT');
		expect(body).toContain('DTSTART;TZID=Europe/Berlin:20261202T180000');
		expect(body).not.toContain('Budget');
		await ctx.smtp.waitFor(member.email, /Einladung/);
	});
});

describe('projects', () => {
	it('lists published projects with partners and working group; drafts stay hidden', async () => {
		const partner = await insertPartnerRecord(ctx, a.id, {
			name: 'Pflegedienst Sonne',
			kind: 'company'
		});
		const saved = await saveProject(
			ctx,
			actor(coordinator),
			a.id,
			null,
			projectSchema.parse({
				title: 'Pflegetag 2026',
				status: 'completed',
				startsOn: '2026-03-01',
				endsOn: '2026-09-30',
				workingGroupId: groupId,
				partners: [partner.id],
				goals: 'Pflegende Angehörige entlasten',
				results: '120 Gäste',
				goodPractice: 'on',
				published: 'on'
			})
		);
		await saveProject(
			ctx,
			actor(coordinator),
			a.id,
			null,
			projectSchema.parse({ title: 'Geheimer Entwurf', status: 'planned' })
		);
		const list = await publicProjects(ctx, a.id);
		expect(list.map((p) => p.title)).toEqual(['Pflegetag 2026']);
		expect((await publicProjects(ctx, a.id, { goodPractice: true })).map((p) => p.id)).toEqual([
			saved.id
		]);
		const detail = await publicProject(ctx, a.id, saved.slug);
		expect(detail?.workingGroup?.name).toBe('Familie und Pflege');
		expect(detail?.partners.map((p) => p.name)).toEqual(['Pflegedienst Sonne']);
		expect((await projectsOfPartner(ctx, a.id, partner.id)).map((p) => p.id)).toEqual([saved.id]);
		expect((await projectsOfWorkingGroup(ctx, a.id, groupId)).length).toBe(1);
		expect(await publicProject(ctx, a.id, 'geheimer-entwurf')).toBeNull();
		expect(
			await status(
				saveProject(
					ctx,
					actor(member),
					a.id,
					null,
					projectSchema.parse({ title: 'Nein', status: 'planned' })
				)
			)
		).toBe(403);
		const bad = projectSchema.safeParse({
			title: 'X',
			status: 'kaputt',
			startsOn: '2026-05-01',
			endsOn: '2026-01-01'
		});
		expect(bad.success).toBe(false);
	});
});
