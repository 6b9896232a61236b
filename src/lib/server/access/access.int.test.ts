import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { linkPartnerContact, makePartner } from '../../../../tests/factories/events.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { createNews } from '../content/news-edit.service.ts';
import { deleteFile } from '../uploads/upload-edit.service.ts';
import { storeDocument } from '../uploads/upload-store.service.ts';
import { assertSameAlliance, idsInAlliance, requireAccess } from './access.service.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
});
afterAll(async () => ctx.close());

const pdf = () => new File(['%PDF-1.4\n%%EOF\n'], 'satzung.pdf', { type: 'application/pdf' });

describe('requireAccess', () => {
	it('answers by role in exactly this alliance; operators everywhere', async () => {
		const editor = await makePerson(ctx, { alliance: a, role: 'editor' });
		const operator = await makePerson(ctx, { platformAdmin: true });
		const asActor = (p: { userId: string; platformAdmin: boolean }) => ({
			userId: p.userId,
			platformAdmin: p.platformAdmin
		});
		expect((await requireAccess(ctx, asActor(editor), a.id, 'content.edit')).role).toBe('editor');
		await expect(
			requireAccess(ctx, asActor(editor), a.id, 'alliance.manage')
		).rejects.toMatchObject({ status: 403 });
		await expect(requireAccess(ctx, asActor(editor), b.id, 'content.edit')).rejects.toMatchObject({
			status: 403
		});
		// A bare user id: whether they operate the installation is read from the database.
		expect(
			(await requireAccess(ctx, { userId: operator.userId }, b.id, 'alliance.manage')).role
		).toBe(null);
	});

	it('lets a partner contact edit only their own partner’s events and profile', async () => {
		const contact = await makePerson(ctx, { alliance: a, role: 'partner' });
		const own = await makePartner(ctx, a.id);
		const other = await makePartner(ctx, a.id);
		await linkPartnerContact(ctx, a.id, own.id, contact.userId);
		const actor = { userId: contact.userId, platformAdmin: false };
		expect(await requireAccess(ctx, actor, a.id, 'event.edit', [own.id])).toMatchObject({
			asPartner: true
		});
		await expect(
			requireAccess(ctx, actor, a.id, 'event.edit', [own.id, null])
		).rejects.toMatchObject({ status: 403 });
		await expect(requireAccess(ctx, actor, a.id, 'event.edit', [other.id])).rejects.toMatchObject({
			status: 403
		});
		await expect(
			requireAccess(ctx, actor, a.id, 'partner.manage', [other.id])
		).rejects.toMatchObject({ status: 404 });
		await expect(requireAccess(ctx, actor, a.id, 'content.edit')).rejects.toMatchObject({
			status: 403
		});
	});

	it('content and upload services check again the person they act for', async () => {
		const outsider = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		await expect(
			createNews(ctx, a.id, outsider.userId, { title: 'Von außen' })
		).rejects.toMatchObject({ status: 403 });
		await expect(
			storeDocument(ctx, a.id, outsider.userId, pdf(), { title: 'Von außen' })
		).rejects.toMatchObject({ status: 403 });
		const stored = await storeDocument(ctx, a.id, null, pdf(), { title: 'Satzung' });
		if (!stored.ok) throw new Error(stored.error);
		await expect(deleteFile(ctx, a.id, outsider.userId, stored.file.id)).rejects.toMatchObject({
			status: 403
		});
		const files = await ctx.db
			.selectFrom('file')
			.select('id')
			.where('alliance_id', '=', a.id)
			.execute();
		expect(files.map((f) => f.id)).toEqual([stored.file.id]);
	});
});

describe('assertSameAlliance', () => {
	it('names the field whose id belongs to another alliance, and accepts its own', async () => {
		const ofA = await makePartner(ctx, a.id);
		const ofB = await makePartner(ctx, b.id);
		await expect(
			assertSameAlliance(ctx, b.id, [{ kind: 'partner', field: 'organiser', ids: ofB.id }])
		).resolves.toBeUndefined();
		await expect(
			assertSameAlliance(ctx, b.id, [
				{ kind: 'partner', field: 'partners', ids: [ofB.id, '', null, ofA.id] }
			])
		).rejects.toMatchObject({ status: 400, key: 'error.invalid', field: 'partners' });
		await expect(
			assertSameAlliance(ctx, b.id, [{ kind: 'topic', field: 'topicId', ids: ofB.id }])
		).rejects.toMatchObject({ field: 'topicId' });
		expect(await idsInAlliance(ctx, b.id, 'partner', [ofA.id, ofB.id])).toEqual([ofB.id]);
	});
});
