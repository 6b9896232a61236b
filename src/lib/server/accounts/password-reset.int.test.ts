import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { linkFor, linkIn, makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import {
	isResetTokenValid,
	requestPasswordReset,
	setNewPassword
} from './password-reset.service.ts';
import { signIn } from './sign-in.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

const browser = () => new Headers({ 'user-agent': 'vitest' });

describe('password reset', () => {
	it('mails a link to the alliance site with which a new password can be set once', async () => {
		const alliance = await makeAlliance(ctx);
		const person = await makePerson(ctx, { alliance, role: 'coordinator' });
		const link = linkFor(ctx, alliance);
		const answer = await requestPasswordReset(ctx, {
			email: person.email,
			client: '10.2.0.1',
			link
		});
		expect(answer).toEqual({ ok: true });

		const mail = await ctx.smtp.waitFor(person.email, /Neues Passwort/);
		expect(mail.subject).toContain(alliance.name);
		const url = new URL(linkIn(mail.text, `${link.siteUrl}/passwort-neu?token=`));
		const token = url.searchParams.get('token') ?? '';
		expect(await isResetTokenValid(ctx, token)).toBe(true);

		expect(await setNewPassword(ctx, { token, password: 'ganz-neues-passwort-2' })).toEqual({
			ok: true
		});
		expect(await isResetTokenValid(ctx, token)).toBe(false);
		expect(await setNewPassword(ctx, { token, password: 'noch-ein-passwort-3' })).toEqual({
			ok: false,
			reason: 'invalidToken'
		});

		const old = await signIn(ctx, {
			email: person.email,
			password: person.password,
			client: '10.2.0.1',
			headers: browser()
		});
		expect(old.ok).toBe(false);
		const fresh = await signIn(ctx, {
			email: person.email,
			password: 'ganz-neues-passwort-2',
			client: '10.2.0.1',
			headers: browser()
		});
		expect(fresh.ok).toBe(true);
	});

	it('answers the same for an unknown address and sends no mail', async () => {
		const alliance = await makeAlliance(ctx);
		ctx.smtp.clear();
		const answer = await requestPasswordReset(ctx, {
			email: 'gibt-es-nicht@example.org',
			client: '10.2.0.2',
			link: linkFor(ctx, alliance)
		});
		expect(answer).toEqual({ ok: true });
		// The mail is sent after the answer: a request for a real account right after it goes the
		// same way, and once its mail has arrived, one for the unknown address would have too.
		const person = await makePerson(ctx, { alliance, role: 'editor' });
		await requestPasswordReset(ctx, {
			email: person.email,
			client: '10.2.0.3',
			link: linkFor(ctx, alliance)
		});
		await ctx.smtp.waitFor(person.email);
		expect(ctx.smtp.mails.map((m) => m.to)).toEqual([[person.email.toLowerCase()]]);
	});

	it('refuses an invented token', async () => {
		expect(await isResetTokenValid(ctx, 'erfunden')).toBe(false);
		expect(
			await setNewPassword(ctx, { token: 'erfunden', password: 'ganz-neues-passwort-2' })
		).toEqual({ ok: false, reason: 'invalidToken' });
	});

	it('is rate limited per address', async () => {
		const alliance = await makeAlliance(ctx);
		let last;
		for (let i = 0; i < 11; i++) {
			last = await requestPasswordReset(ctx, {
				email: `flut-${i}@example.org`,
				client: '10.2.0.3',
				link: linkFor(ctx, alliance)
			});
		}
		expect(last).toEqual({ ok: false, reason: 'rateLimited' });
	});
});

describe('mail language', () => {
	it('writes to people who use the English site in English', async () => {
		const alliance = await makeAlliance(ctx);
		const person = await makePerson(ctx, { alliance, role: 'editor' });
		await requestPasswordReset(ctx, {
			email: person.email,
			client: '10.2.0.9',
			link: { ...linkFor(ctx, alliance), locale: 'en' }
		});
		const mail = await ctx.smtp.waitFor(person.email, /New password/);
		expect(mail.text).toContain('it works for one hour');
		expect(mail.text).toContain(`${linkFor(ctx, alliance).siteUrl}/passwort-neu?token=`);
	});
});
