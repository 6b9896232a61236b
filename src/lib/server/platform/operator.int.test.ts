import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { seedDemo } from '../demo/seed.ts';
import { DEMO_LOGINS, DEMO_OPERATOR } from '../demo/demo-logins.ts';
import { storeDocument } from '../uploads/upload-store.service.ts';
import { findAllianceBySlug } from '../alliances/alliance.repository.ts';
import { createOperator, needsOperatorSetup } from './operator-setup.service.ts';
import { deleteAllianceForGood } from './alliance-delete.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

async function signIn(email: string, password: string): Promise<boolean> {
	try {
		await ctx.auth.api.signInEmail({ body: { email, password } });
		return true;
	} catch {
		return false;
	}
}

const pdf = () =>
	new File([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')], 'plan.pdf', {
		type: 'application/pdf'
	});

describe('a real installation does not start with published passwords', () => {
	it('the demo seed gives the operator a generated password, kept in a private file, and a platform name', async () => {
		const file = path.join(ctx.uploadDir, 'secret', 'demo-betrieb-passwort.txt');
		expect(await needsOperatorSetup(ctx)).toBe(true);
		expect(await seedDemo(ctx, { operatorPasswordFile: file })).toBe(true);
		const password = fs.readFileSync(file, 'utf8').trim();
		expect(password.length).toBeGreaterThanOrEqual(20);
		expect(fs.statSync(file).mode & 0o077).toBe(0);
		// The password once printed in the README opens nothing.
		expect(await signIn(DEMO_OPERATOR.email, 'Demo-Betrieb-2026')).toBe(false);
		expect(await signIn(DEMO_OPERATOR.email, password)).toBe(true);
		// The published demo logins are the alliance's only; none of them operates the platform.
		expect(DEMO_LOGINS.map((l) => l.key as string)).not.toContain('admin');
		const operators = await ctx.db
			.selectFrom('user')
			.select(['email', 'name'])
			.where('role', '=', 'admin')
			.execute();
		expect(operators).toEqual([{ email: DEMO_OPERATOR.email, name: 'Plattform-Betrieb' }]);
		expect(operators[0]?.name).not.toMatch(/Musterstadt/);
		expect(await needsOperatorSetup(ctx)).toBe(false);
		// The demo alliance is public at once.
		expect((await findAllianceBySlug(ctx.db, 'musterstadt'))?.live_since).toBeTruthy();
	});

	it('setup creates the first operator of an installation with their own password, once', async () => {
		const refused = await createOperator(ctx, {
			name: 'Ole Betrieb',
			email: 'ole@stadt.example',
			password: 'kurz'
		});
		expect(refused.ok).toBe(false);
		// This database already has the demo operator: a second one only when asked for.
		const again = await createOperator(ctx, {
			name: 'Ole Betrieb',
			email: 'ole@stadt.example',
			password: 'ein-eigenes-langes-passwort'
		});
		expect(again).toMatchObject({ ok: false });
		const added = await createOperator(
			ctx,
			{ name: 'Ole Betrieb', email: 'Ole@Stadt.example', password: 'ein-eigenes-langes-passwort' },
			{ additional: true }
		);
		expect(added).toMatchObject({ ok: true, email: 'ole@stadt.example' });
		expect(await signIn('ole@stadt.example', 'ein-eigenes-langes-passwort')).toBe(true);
		const user = await ctx.db
			.selectFrom('user')
			.select('role')
			.where('email', '=', 'ole@stadt.example')
			.executeTakeFirstOrThrow();
		expect(user.role).toBe('admin');
		// The same address twice is refused, not a second account.
		expect(
			await createOperator(
				ctx,
				{ name: 'Ole', email: 'ole@stadt.example', password: 'noch-ein-langes-passwort' },
				{ additional: true }
			)
		).toMatchObject({ ok: false });
	});
});

describe('the operator deletes an alliance', () => {
	it('only with the slug typed as confirmation; then every row and file of it is gone, other alliances untouched', async () => {
		const operator = await makePerson(ctx, { platformAdmin: true });
		const actor = { userId: operator.userId, name: operator.name, platformAdmin: true };
		const doomed = await makeAlliance(ctx, { slug: 'weg-damit' });
		const kept = await makeAlliance(ctx, { slug: 'bleibt' });
		await makePerson(ctx, { alliance: doomed, role: 'coordinator' });
		const stored = await storeDocument(ctx, doomed.id, null, pdf(), { title: 'Plan' });
		const keptDoc = await storeDocument(ctx, kept.id, null, pdf(), { title: 'Plan' });
		expect(stored.ok && keptDoc.ok).toBe(true);
		expect(fs.existsSync(path.join(ctx.uploadDir, doomed.id))).toBe(true);

		await expect(
			deleteAllianceForGood(ctx, { actor, allianceId: doomed.id, confirmSlug: 'bleibt' })
		).rejects.toMatchObject({ key: 'launch.platform.error.confirm', field: 'confirm' });
		await expect(
			deleteAllianceForGood(ctx, {
				actor: { ...actor, platformAdmin: false },
				allianceId: doomed.id,
				confirmSlug: 'weg-damit'
			})
		).rejects.toMatchObject({ status: 403 });
		expect(await findAllianceBySlug(ctx.db, 'weg-damit')).toBeDefined();

		await deleteAllianceForGood(ctx, {
			actor,
			allianceId: doomed.id,
			confirmSlug: ' Weg-Damit '
		});
		expect(await findAllianceBySlug(ctx.db, 'weg-damit')).toBeUndefined();
		for (const table of ['page', 'file', 'member', 'topic'] as const) {
			const rows = await ctx.db
				.selectFrom(table)
				.select('id')
				.where(table === 'member' ? 'organizationId' : 'alliance_id', '=', doomed.id)
				.execute();
			expect(rows, table).toEqual([]);
		}
		expect(fs.existsSync(path.join(ctx.uploadDir, doomed.id))).toBe(false);
		expect(fs.existsSync(path.join(ctx.uploadDir, kept.id))).toBe(true);
		expect(await findAllianceBySlug(ctx.db, 'bleibt')).toBeDefined();
		const audit = await ctx.db
			.selectFrom('audit_log')
			.select(['action', 'summary'])
			.where('entity', '=', 'alliance')
			.where('entity_id', '=', doomed.id)
			.execute();
		expect(audit).toEqual([{ action: 'delete', summary: expect.stringContaining('weg-damit') }]);
	});
});
