import type { TestContext } from '../support/context.ts';

/** Rows for the annual report's figures: topics, working groups, meetings, projects, concerns. */

let counter = 0;
const now = () => new Date().toISOString();
const slug = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

export async function makeTopic(ctx: TestContext, allianceId: string, name: string) {
	const id = crypto.randomUUID();
	await ctx.db
		.insertInto('topic')
		.values({
			id,
			alliance_id: allianceId,
			slug: slug('thema'),
			name,
			created_at: now(),
			updated_at: now()
		})
		.execute();
	return { id, name };
}

export async function makeWorkingGroup(ctx: TestContext, allianceId: string, name: string) {
	const id = crypto.randomUUID();
	await ctx.db
		.insertInto('working_group')
		.values({
			id,
			alliance_id: allianceId,
			slug: slug('ag'),
			name,
			created_at: now(),
			updated_at: now()
		})
		.execute();
	return { id, name };
}

export async function makeMeeting(
	ctx: TestContext,
	allianceId: string,
	groupId: string | null,
	startsAt: string
) {
	const end = new Date(new Date(startsAt).getTime() + 7_200_000).toISOString();
	await ctx.db
		.insertInto('meeting')
		.values({
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			working_group_id: groupId,
			title: 'Treffen',
			starts_at: startsAt,
			ends_at: end,
			created_at: now(),
			updated_at: now()
		})
		.execute();
}

export async function makeProject(
	ctx: TestContext,
	allianceId: string,
	title: string,
	fields: {
		status: 'planned' | 'running' | 'completed';
		startsOn: string | null;
		endsOn: string | null;
	}
) {
	await ctx.db
		.insertInto('project')
		.values({
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			slug: slug('projekt'),
			title,
			status: fields.status,
			starts_on: fields.startsOn,
			ends_on: fields.endsOn,
			created_at: now(),
			updated_at: now()
		})
		.execute();
}

export async function makeConcernCategory(ctx: TestContext, allianceId: string, name: string) {
	const id = crypto.randomUUID();
	await ctx.db
		.insertInto('concern_category')
		.values({ id, alliance_id: allianceId, name, created_at: now() })
		.execute();
	return id;
}

/** A concern as it stays after anonymisation: category and dates only. */
export async function makeConcern(
	ctx: TestContext,
	allianceId: string,
	categoryId: string | null,
	createdAt: string,
	firstAnswerAt: string | null
) {
	await ctx.db
		.insertInto('concern')
		.values({
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			reference: slug('A').slice(0, 20),
			status_token: null,
			category_id: categoryId,
			message: '',
			assigned_user_id: null,
			partner_id: null,
			working_group_id: null,
			consent_at: null,
			created_at: createdAt,
			updated_at: createdAt,
			first_answer_at: firstAnswerAt,
			waiting_since: null,
			reminded_at: null,
			closed_at: firstAnswerAt,
			anonymised_at: null
		})
		.execute();
}
