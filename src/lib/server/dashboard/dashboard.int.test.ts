import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import {
	linkFor,
	makeAlliance,
	makePerson,
	signedIn
} from '../../../../tests/factories/accounts.ts';
import { inviteMember } from '../accounts/invitation.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { dashboardFor, newMessageCount } from './dashboard.service.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
});
afterAll(async () => {
	await ctx.close();
});

const now = () => new Date().toISOString();

async function message(alliance: Alliance, status: 'new' | 'done') {
	await ctx.db
		.insertInto('concern')
		.values({
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			reference: `AN-${crypto.randomUUID().slice(0, 6)}`,
			status_token: null,
			category_id: null,
			message: 'Gibt es eine Ferienbetreuung?',
			status: status === 'new' ? 'received' : 'closed',
			consent_at: now(),
			created_at: now(),
			updated_at: now()
		})
		.execute();
}

async function page(alliance: Alliance, published: 0 | 1) {
	const id = crypto.randomUUID();
	await ctx.db
		.insertInto('page')
		.values({
			id,
			alliance_id: alliance.id,
			parent_id: null,
			slug: `seite-${id.slice(0, 8)}`,
			title: 'Seite',
			published,
			created_at: now(),
			updated_at: now(),
			updated_by: null
		})
		.execute();
}

async function news(alliance: Alliance, publishedAt: string | null) {
	const id = crypto.randomUUID();
	await ctx.db
		.insertInto('news_post')
		.values({
			id,
			alliance_id: alliance.id,
			slug: `n-${id.slice(0, 8)}`,
			title: 'Neuigkeit',
			image_id: null,
			published_at: publishedAt,
			created_at: now(),
			updated_at: now(),
			updated_by: null
		})
		.execute();
}

describe('dashboard', () => {
	it('counts what needs attention in this alliance only; personal data counts for coordinators only', async () => {
		const empty = await dashboardFor(ctx, a.id, { coordinator: true });
		const coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator', name: 'Clara' });

		await message(a, 'new');
		await message(a, 'new');
		await message(a, 'done');
		await message(b, 'new');
		await page(a, 0);
		await page(a, 1);
		await page(b, 0);
		await news(a, null);
		await news(a, now());
		await news(b, null);
		await inviteMember(ctx, {
			allianceId: a.id,
			actor: { ...coordinator, platformAdmin: false },
			headers: await signedIn(ctx, coordinator),
			email: 'eingeladen@example.org',
			role: 'editor',
			link: linkFor(ctx, a)
		});
		await recordAudit(ctx, {
			allianceId: b.id,
			userId: null,
			action: 'update',
			entity: 'page',
			summary: 'Nur in B'
		});

		const d = await dashboardFor(ctx, a.id, { coordinator: true });
		expect(d.newMessages).toBe(2);
		expect(d.pendingInvitations).toBe(1);
		expect(d.partnerApplications).toBe(0);
		expect(d.partnerChanges).toBe(0);
		expect(d.unpublishedPages).toBe(empty.unpublishedPages + 1);
		expect(d.draftNews).toBe(empty.draftNews + 1);
		expect(d.recent[0]).toMatchObject({
			action: 'invite',
			entity: 'invitation',
			by: 'Clara'
		});
		expect(d.recent.map((r) => r.summary)).not.toContain('Nur in B');
		expect(await newMessageCount(ctx, a.id)).toBe(2);

		const editorView = await dashboardFor(ctx, a.id, { coordinator: false });
		expect(editorView.newMessages).toBeNull();
		expect(editorView.pendingInvitations).toBeNull();
		expect(editorView.partnerApplications).toBeNull();
		expect(editorView.unpublishedPages).toBe(d.unpublishedPages);
	});

	it('does not count invitations that have expired', async () => {
		const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
		const d = await dashboardFor(ctx, a.id, { coordinator: true, now: later });
		expect(d.pendingInvitations).toBe(0);
	});
});
