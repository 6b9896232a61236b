import { createAccount } from '../../src/lib/server/accounts/account.service.ts';
import { createAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import { sessionHeaders } from '../../src/lib/server/auth/auth-cookies.ts';
import type { LinkContext } from '../../src/lib/server/auth/link-context.ts';
import type { AllianceRole } from '../../src/lib/server/auth/roles.ts';
import type { TestContext } from '../support/context.ts';

/** Test data for accounts: alliances, people with roles, their signed-in request headers. */

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

const TEST_PASSWORD = 'ein-gutes-passwort-1';

export async function makeAlliance(
	ctx: TestContext,
	overrides: Partial<{ slug: string; name: string; town: string }> = {}
): Promise<Alliance> {
	const id = next();
	return createAlliance(ctx, {
		slug: overrides.slug ?? `buendnis-${id}`,
		name: overrides.name ?? `Bündnis für Familie ${id}`,
		town: overrides.town ?? 'Musterstadt'
	});
}

export interface TestPerson {
	userId: string;
	email: string;
	name: string;
	password: string;
	platformAdmin: boolean;
}

export async function makePerson(
	ctx: TestContext,
	options: {
		alliance?: Alliance;
		role?: AllianceRole;
		platformAdmin?: boolean;
		email?: string;
		name?: string;
	} = {}
): Promise<TestPerson> {
	const email = options.email ?? `person-${next()}@example.org`;
	const name = options.name ?? 'Erika Mustermann';
	const { userId } = await createAccount(ctx, {
		email,
		name,
		password: TEST_PASSWORD,
		allianceId: options.alliance?.id,
		role: options.role,
		platformAdmin: options.platformAdmin
	});
	return { userId, email, name, password: TEST_PASSWORD, platformAdmin: !!options.platformAdmin };
}

/** Request headers of a browser in which `person` has just signed in. */
export async function signedIn(ctx: TestContext, person: TestPerson): Promise<Headers> {
	const { headers } = await ctx.auth.api.signInEmail({
		body: { email: person.email, password: person.password },
		returnHeaders: true
	});
	return sessionHeaders(headers);
}

/** Where mail links point for an alliance addressed by path prefix. */
export function linkFor(ctx: TestContext, alliance: Alliance): LinkContext {
	return {
		siteUrl: `${ctx.publicUrl}/b/${alliance.slug}`,
		allianceName: alliance.name,
		locale: 'de'
	};
}

/** The first link in a mail text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
	const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`${escaped}\\S+`).exec(text);
	if (!match) throw new Error(`no link ${prefix}… in mail:\n${text}`);
	return match[0];
}
