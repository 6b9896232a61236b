import { describe, expect, it } from 'vitest';
import { makeAlliance } from '../../../../tests/factories/accounts.ts';
import {
	LIMIT_PER_ALLIANCE,
	LIMIT_PER_INSTALLATION,
	concernForm,
	concernStatus,
	submitConcern
} from './concern-intake.service.ts';
import { concernFormSchema } from './concern.schema.ts';
import { issueFormToken } from './form-guard.ts';
import { a, b, ctx, formFor, req, useConcernFixture } from './concern.fixture.ts';

useConcernFixture();

describe('a family writes in', () => {
	it('anonymously with an address: reference and status link, mailed without the text', async () => {
		const result = await submitConcern(
			ctx,
			a,
			await formFor(a, { anonymous: 'on', name: 'Soll weg', email: 'mutter@example.org' }),
			req()
		);
		if (!result.ok) throw new Error(result.error);
		expect(result.reference).toMatch(/^AN-[A-Z2-9]{6}$/);
		expect(result.statusUrl).toMatch(
			/^http:\/\/localhost:5999\/b\/altstadt\/anliegen\/[A-Za-z0-9_-]{43}$/
		);
		const mail = await ctx.smtp.waitFor('mutter@example.org', /angekommen/);
		expect(mail.text).toContain(result.reference);
		expect(mail.text).toContain(result.statusUrl);
		expect(mail.text).not.toContain('Kitaplatz');
		const view = await concernStatus(ctx, a, result.statusUrl.split('/').pop()!);
		expect(view?.status).toBe('received');
		expect(view?.message).toContain('Kitaplatz');
		const stored = await ctx.db
			.selectFrom('concern')
			.select(['name', 'email'])
			.where('reference', '=', result.reference)
			.executeTakeFirstOrThrow();
		expect(stored).toEqual({ name: '', email: 'mutter@example.org' });
		// The status link belongs to its alliance only.
		expect(await concernStatus(ctx, b, result.statusUrl.split('/').pop()!)).toBeNull();
	});

	it('a filled honeypot, a form sent at once or a forged token are not stored', async () => {
		const count = async () =>
			Number(
				(
					await ctx.db
						.selectFrom('concern')
						.select((eb) => eb.fn.countAll<number>().as('n'))
						.executeTakeFirstOrThrow()
				).n
			);
		const before = await count();
		const bot = await submitConcern(
			ctx,
			a,
			await formFor(a, { website: 'https://spam.example', email: 'opfer@example.org' }),
			req()
		);
		expect(bot.ok).toBe(true);
		const now = new Date();
		const fast = await submitConcern(
			ctx,
			a,
			await formFor(a, { started: await issueFormToken(ctx.db, `concern:${a.id}`, now.getTime()) }),
			req(now)
		);
		expect(fast).toMatchObject({ ok: false, error: 'concerns.error.tooFast' });
		const forged = await submitConcern(
			ctx,
			a,
			await formFor(a, { started: `${now.getTime() - 60_000}.${'x'.repeat(32)}` }),
			req(now)
		);
		expect(forged).toMatchObject({ ok: false, error: 'concerns.error.expired' });
		// A token made for alliance B does not open A's form.
		const otherScope = await submitConcern(
			ctx,
			a,
			await formFor(a, {
				started: await issueFormToken(ctx.db, `concern:${b.id}`, now.getTime() - 10_000)
			}),
			req(now)
		);
		expect(otherScope).toMatchObject({ ok: false, error: 'concerns.error.expired' });
		expect(await count()).toBe(before);
		expect(ctx.smtp.mails.filter((m) => m.to.includes('opfer@example.org'))).toEqual([]);
	});

	it('refuses a category of another alliance and a missing consent', async () => {
		const { categories } = await concernForm(ctx, b.id);
		const result = await submitConcern(
			ctx,
			a,
			await formFor(a, { categoryId: categories[0]!.id }),
			req()
		);
		expect(result).toMatchObject({ ok: false, field: 'categoryId' });
		expect(
			concernFormSchema.safeParse({ categoryId: 'x', message: 'Eine Frage an Sie' }).success
		).toBe(false);
	});

	it('is not a mail cannon: limits per address, per installation and per recipient', async () => {
		const now = new Date('2026-12-06T10:00:00Z');
		const client = '10.9.9.9';
		for (let i = 0; i < LIMIT_PER_ALLIANCE.limit; i++) {
			const r = await submitConcern(ctx, a, await formFor(a, {}, now), {
				...req(now),
				clientKey: client
			});
			expect(r.ok).toBe(true);
		}
		const over = await submitConcern(ctx, a, await formFor(a, {}, now), {
			...req(now),
			clientKey: client
		});
		expect(over).toMatchObject({ ok: false, error: 'error.tooManyRequests', status: 429 });

		// Across alliances the same address is limited for the whole installation.
		const four = [a, b, await makeAlliance(ctx), await makeAlliance(ctx)];
		const wide = '10.8.8.8';
		let accepted = 0;
		for (let i = 0; i < LIMIT_PER_INSTALLATION.limit + 3; i++) {
			const alliance = four[i % 4]!;
			const r = await submitConcern(ctx, alliance, await formFor(alliance, {}, now), {
				...req(now),
				clientKey: wide
			});
			if (r.ok) accepted++;
		}
		expect(accepted).toBe(LIMIT_PER_INSTALLATION.limit);

		// One address named in many forms gets few mails; the concerns are kept all the same.
		const results = [];
		for (let i = 0; i < 5; i++) {
			results.push(
				await submitConcern(
					ctx,
					i % 2 ? a : b,
					await formFor(i % 2 ? a : b, { email: 'ziel@example.org' }, now),
					req(now)
				)
			);
		}
		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.filter((r) => r.ok && r.mailed)).toHaveLength(3);
		await ctx.smtp.waitFor('ziel@example.org', /angekommen/);
		await expect
			.poll(() => ctx.smtp.mails.filter((m) => m.to.includes('ziel@example.org')).length)
			.toBe(3);
	});
});
