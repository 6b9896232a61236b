import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { updateAlliance } from '../alliances/alliance.repository.ts';
import { createAlliance, getAlliance } from '../alliances/alliance.service.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { CONTACT_RATE_LIMIT, sendContactMessage } from './contact.service.ts';

let ctx: TestContext;
let alliance: Alliance;
const input = {
	name: 'Familie Yılmaz',
	email: 'eltern@example.org',
	subject: 'Ferienbetreuung',
	message: 'Gibt es in den Herbstferien noch freie Plätze in der Ferienbetreuung?',
	website: ''
};

beforeAll(async () => {
	ctx = await createTestContext();
	const created = await createAlliance(ctx, { slug: 'musterstadt', name: 'Bündnis Musterstadt' });
	await updateAlliance(ctx.db, created.id, { contact_email: 'buero@musterstadt.example' });
	alliance = (await getAlliance(ctx, created.id))!;
});
afterAll(async () => ctx.close());
beforeEach(() => ctx.smtp.clear());

describe('contact form', () => {
	it('mails the alliance (reply goes to the sender) and sends the sender a copy', async () => {
		const result = await sendContactMessage(ctx, alliance, input, '10.0.0.1');
		expect(result).toEqual({ ok: true });
		const toAlliance = await ctx.smtp.waitFor('buero@musterstadt.example', /Ferienbetreuung/);
		expect(toAlliance.text).toContain('Herbstferien');
		expect(toAlliance.text).toContain('eltern@example.org');
		const copy = await ctx.smtp.waitFor(
			'eltern@example.org',
			/Ihre Nachricht an „Bündnis Musterstadt“/
		);
		expect(copy.text).toContain('Herbstferien');
		const stored = await ctx.db
			.selectFrom('contact_message')
			.selectAll()
			.where('alliance_id', '=', alliance.id)
			.execute();
		expect(stored.map((m) => m.subject)).toContain('Ferienbetreuung');
	});

	it('drops a message whose honeypot is filled, without telling the bot', async () => {
		const before = ctx.smtp.mails.length;
		const result = await sendContactMessage(
			ctx,
			alliance,
			{ ...input, subject: 'Spam', website: 'http://spam.example' },
			'10.0.0.2'
		);
		expect(result).toEqual({ ok: true });
		await new Promise((r) => setTimeout(r, 300));
		expect(ctx.smtp.mails.length).toBe(before);
		const stored = await ctx.db
			.selectFrom('contact_message')
			.select('subject')
			.where('subject', '=', 'Spam')
			.execute();
		expect(stored).toHaveLength(0);
	});

	it('refuses more than the limit from one address within ten minutes', async () => {
		const now = new Date('2026-11-21T10:00:00Z');
		for (let i = 0; i < CONTACT_RATE_LIMIT; i++) {
			expect((await sendContactMessage(ctx, alliance, input, '10.0.0.3', now)).ok).toBe(true);
		}
		expect(await sendContactMessage(ctx, alliance, input, '10.0.0.3', now)).toEqual({
			ok: false,
			error: 'error.tooManyRequests'
		});
		// another address is not affected
		expect((await sendContactMessage(ctx, alliance, input, '10.0.0.4', now)).ok).toBe(true);
	});
});
