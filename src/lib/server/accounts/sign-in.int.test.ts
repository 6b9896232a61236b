import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { linkFor, linkIn, makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { sessionHeaders } from '../auth/auth-cookies.ts';
import { signIn, signOut } from './sign-in.service.ts';
import { requestSignInLink, verifySignInLink } from './magic-link.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	vi.useRealTimers();
	await ctx.close();
});

const browser = () => new Headers({ 'user-agent': 'vitest' });

describe('signIn', () => {
	it('signs in with the right password and sets the session cookie', async () => {
		const person = await makePerson(ctx);
		const result = await signIn(ctx, {
			email: person.email.toUpperCase(),
			password: person.password,
			client: '10.0.0.1',
			headers: browser()
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.userId).toBe(person.userId);
		expect(result.setCookies.getSetCookie().join()).toMatch(/better-auth\.session_token=/);
		const session = await ctx.auth.api.getSession({ headers: sessionHeaders(result.setCookies) });
		expect(session?.user.id).toBe(person.userId);
	});

	it('gives the same answer for a wrong password and an unknown address', async () => {
		const person = await makePerson(ctx);
		const wrongPassword = await signIn(ctx, {
			email: person.email,
			password: 'falsches-passwort',
			client: '10.0.0.2',
			headers: browser()
		});
		const unknown = await signIn(ctx, {
			email: 'niemand@example.org',
			password: 'falsches-passwort',
			client: '10.0.0.2',
			headers: browser()
		});
		expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
	});

	it('blocks the 11th attempt in a minute from one address, even with the right password', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2030-01-01T10:00:01Z'));
		const person = await makePerson(ctx);
		for (let i = 1; i <= 10; i++) {
			const result = await signIn(ctx, {
				email: `versuch-${i}@example.org`,
				password: 'falsches-passwort',
				client: '10.0.0.3',
				headers: browser()
			});
			expect(result).toEqual({ ok: false, reason: 'invalid' });
		}
		const eleventh = await signIn(ctx, {
			email: person.email,
			password: person.password,
			client: '10.0.0.3',
			headers: browser()
		});
		expect(eleventh).toEqual({ ok: false, reason: 'rateLimited' });
		// Another address is not affected; a minute later the first one may try again.
		const other = await signIn(ctx, {
			email: person.email,
			password: person.password,
			client: '10.0.0.4',
			headers: browser()
		});
		expect(other.ok).toBe(true);
		vi.setSystemTime(new Date('2030-01-01T10:01:01Z'));
		const later = await signIn(ctx, {
			email: person.email,
			password: person.password,
			client: '10.0.0.3',
			headers: browser()
		});
		expect(later.ok).toBe(true);
		vi.useRealTimers();
	});

	it('wrong passwords from one address throttle that address, never the person', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2030-01-01T11:00:01Z'));
		const alliance = await makeAlliance(ctx);
		const person = await makePerson(ctx, { alliance, role: 'editor' });
		const attempt = (client: string, password: string) =>
			signIn(ctx, { email: person.email, password, client, headers: browser() });
		const answers = [];
		for (let i = 1; i <= 10; i++) answers.push(await attempt('10.1.0.1', 'falsches-passwort'));
		// Five tries at this account, then the stranger's address is throttled for it …
		expect(answers.slice(0, 5)).toEqual(Array(5).fill({ ok: false, reason: 'invalid' }));
		expect(answers.slice(5)).toEqual(Array(5).fill({ ok: false, reason: 'rateLimited' }));
		expect(await attempt('10.1.0.1', person.password)).toEqual({
			ok: false,
			reason: 'rateLimited'
		});
		// … while the right person, from their own address, signs in at once,
		expect((await attempt('10.1.0.2', person.password)).ok).toBe(true);
		// and the sign-in link works, even asked for from the stranger's address.
		ctx.smtp.clear();
		const link = linkFor(ctx, alliance);
		expect(
			await requestSignInLink(ctx, {
				email: person.email,
				client: '10.1.0.1',
				link,
				headers: browser()
			})
		).toEqual({ ok: true });
		const mail = await ctx.smtp.waitFor(person.email, /Anmeldelink/);
		const url = new URL(linkIn(mail.text, `${link.siteUrl}/anmelden/link?token=`));
		const viaLink = await verifySignInLink(ctx, {
			token: url.searchParams.get('token') ?? '',
			headers: browser()
		});
		expect(viaLink.ok).toBe(true);
		vi.useRealTimers();
	});

	it('many addresses together send new browsers to the sign-in link; a known browser still signs in', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date('2030-01-01T12:00:01Z'));
		// Two attempts a minute per address: the account is guarded after 2 × 5 = 10 failures.
		const strict = { ...ctx, env: { RATE_LIMIT_PER_MINUTE: 2 } };
		const person = await makePerson(ctx);
		const first = await signIn(strict, {
			email: person.email,
			password: person.password,
			client: '10.2.0.1',
			headers: browser()
		});
		if (!first.ok) throw new Error('sign-in failed');
		const device = first.device;
		// A botnet: five addresses, each as many wrong passwords as it may (2 a minute).
		for (let n = 1; n <= 5; n++) {
			for (let i = 0; i < 2; i++) {
				await signIn(strict, {
					email: person.email,
					password: 'falsches-passwort',
					client: `10.2.1.${n}`,
					headers: browser()
				});
			}
		}
		const newBrowser = await signIn(strict, {
			email: person.email,
			password: person.password,
			client: '10.2.0.77',
			headers: browser()
		});
		expect(newBrowser).toEqual({ ok: false, reason: 'useLink' });
		const knownBrowser = await signIn(strict, {
			email: person.email,
			password: person.password,
			client: '10.2.0.77',
			headers: browser(),
			device
		});
		expect(knownBrowser.ok).toBe(true);
		// The device cookie of another account does not count for this one.
		const other = await makePerson(ctx);
		const otherFirst = await signIn(strict, {
			email: other.email,
			password: other.password,
			client: '10.2.0.78',
			headers: browser()
		});
		if (!otherFirst.ok) throw new Error('sign-in failed');
		expect(
			await signIn(strict, {
				email: person.email,
				password: person.password,
				client: '10.2.0.78',
				headers: browser(),
				device: otherFirst.device
			})
		).toEqual({ ok: false, reason: 'useLink' });
		// A quarter of an hour later the account is open to new browsers again.
		vi.setSystemTime(new Date('2030-01-01T12:15:01Z'));
		expect(
			(
				await signIn(strict, {
					email: person.email,
					password: person.password,
					client: '10.2.0.79',
					headers: browser()
				})
			).ok
		).toBe(true);
		vi.useRealTimers();
	}, 60_000);
});

describe('signOut', () => {
	it('ends the session and clears the cookie', async () => {
		const person = await makePerson(ctx);
		const result = await signIn(ctx, {
			email: person.email,
			password: person.password,
			client: '10.0.0.5',
			headers: browser()
		});
		if (!result.ok) throw new Error('sign-in failed');
		const headers = sessionHeaders(result.setCookies);
		const cleared = await signOut(ctx, headers);
		expect(cleared?.getSetCookie().join()).toMatch(/better-auth\.session_token=;/);
		expect(await ctx.auth.api.getSession({ headers })).toBeNull();
		// Signing out twice is harmless.
		const again = await signOut(ctx, new Headers());
		expect(again === null || again instanceof Headers).toBe(true);
	});
});

describe('sign-in link', () => {
	it('mails a link to the alliance site that signs the person in once', async () => {
		const alliance = await makeAlliance(ctx);
		const person = await makePerson(ctx, { alliance, role: 'editor' });
		const link = linkFor(ctx, alliance);
		const answer = await requestSignInLink(ctx, {
			email: person.email,
			client: '10.0.0.6',
			link,
			headers: browser()
		});
		expect(answer.ok).toBe(true);
		const mail = await ctx.smtp.waitFor(person.email, /Anmeldelink/);
		const url = new URL(linkIn(mail.text, `${link.siteUrl}/anmelden/link?token=`));
		const token = url.searchParams.get('token') ?? '';

		const first = await verifySignInLink(ctx, { token, headers: browser() });
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		expect(first.userId).toBe(person.userId);
		const session = await ctx.auth.api.getSession({ headers: sessionHeaders(first.setCookies) });
		expect(session?.user.id).toBe(person.userId);

		expect(await verifySignInLink(ctx, { token, headers: browser() })).toEqual({ ok: false });
		expect(await verifySignInLink(ctx, { token: 'erfunden', headers: browser() })).toEqual({
			ok: false
		});
		// The password still works (the account was verified, nothing was stripped).
		const withPassword = await signIn(ctx, {
			email: person.email,
			password: person.password,
			client: '10.0.0.6',
			headers: browser()
		});
		expect(withPassword.ok).toBe(true);
	});

	it('answers the same for an unknown address and sends no mail', async () => {
		const alliance = await makeAlliance(ctx);
		ctx.smtp.clear();
		const answer = await requestSignInLink(ctx, {
			email: 'unbekannt@example.org',
			client: '10.0.0.7',
			link: linkFor(ctx, alliance),
			headers: browser()
		});
		expect(answer.ok).toBe(true);
		// The mail is sent after the answer: a request for a real account right after it goes the
		// same way, and once its mail has arrived, one for the unknown address would have too.
		const person = await makePerson(ctx, { alliance, role: 'editor' });
		await requestSignInLink(ctx, {
			email: person.email,
			client: '10.0.0.8',
			link: linkFor(ctx, alliance),
			headers: browser()
		});
		await ctx.smtp.waitFor(person.email, /Anmeldelink/);
		expect(ctx.smtp.mails.filter((m) => m.to.includes('unbekannt@example.org'))).toHaveLength(0);
	});
});
