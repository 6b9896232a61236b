import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarPageBase, PARTNER_LIST_MAX } from './calendar-page.ts';
import { upcoming } from './calendar.service.ts';
import { parseFilter } from './calendar-filter.ts';
import { createEvent } from '../core/create-event.service.ts';
import { SYSTEM_ACTOR } from '../core/event.types.ts';
import type { Alliance } from '../../alliances/alliance.types.ts';
import { makeAlliance } from '../../../../../tests/factories/accounts.ts';
import { berlin, eventInput, makePartner } from '../../../../../tests/factories/events.ts';
import { createTestContext, type TestContext } from '../../../../../tests/support/context.ts';

/*
 * An alliance whose calendar has more organising partners than a list can usefully offer: the
 * filter drops the list (it was more than half of every calendar page), the search field names
 * the organiser instead, and a partner chosen from its own page stays chosen in the form.
 */

let ctx: TestContext;
let a: Alliance;
let partners: { id: string; slug: string; name: string }[] = [];
const now = new Date('2026-11-21T12:00:00Z');
const site = 'https://musterstadt.example';
const url = (query: string) => new URL(`${site}/termine${query}`);

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	for (let i = 0; i <= PARTNER_LIST_MAX; i++) {
		const partner = await makePartner(ctx, a.id, `Familienverein Nummer ${i + 1}`);
		partners.push(partner);
		await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({
				title: `Spielenachmittag ${i + 1}`,
				start: berlin('2026-12-05', '15:00'),
				end: berlin('2026-12-05', '17:00'),
				organiserPartnerId: partner.id
			}),
			{ status: 'published', now }
		);
	}
	partners = partners.sort((x, y) => x.name.localeCompare(y.name));
}, 120_000);

afterAll(async () => {
	await ctx?.close();
});

describe('the calendar filter with more partners than a list can offer', () => {
	it('offers no list, points the search field to the organiser, and keeps a chosen partner', async () => {
		const alliance = { id: a.id, contentVersion: 1 };
		const plain = await calendarPageBase(ctx, alliance, url(''), site, now);
		expect(plain.options.partnerCount).toBe(PARTNER_LIST_MAX + 1);
		expect(plain.options.partnerBySearch).toBe(true);
		expect(plain.options.partnerOptionsHtml).toBe('');

		const chosen = partners[42]!;
		const one = await calendarPageBase(ctx, alliance, url(`?partner=${chosen.slug}`), site, now);
		expect(one.options.partnerOptionsHtml).toBe(
			`<option value="${chosen.slug}" selected>${chosen.name}</option>`
		);
		// A slug that names no organising partner gives no option (and no error).
		const unknown = await calendarPageBase(ctx, alliance, url('?partner=gibt-es-nicht'), site, now);
		expect(unknown.options.partnerOptionsHtml).toBe('');
	});

	it("finds a partner's events by its name in the search field", async () => {
		const chosen = partners[7]!;
		const list = await upcoming(ctx, a.id, parseFilter(new URLSearchParams({ q: chosen.name })), {
			now
		});
		const titles = list.items.flatMap((d) => d.items.map((o) => o.organiserName));
		expect(titles.length).toBeGreaterThan(0);
		expect(new Set(titles)).toEqual(new Set([chosen.name]));
	});
});

describe("the list's count, kept per content version", () => {
	it('counts a new event as soon as the content version moves on', async () => {
		const count = async (contentVersion: number) =>
			(await upcoming(ctx, a.id, parseFilter(new URLSearchParams()), { now, contentVersion }))
				.total;
		expect(await count(7)).toBe(PARTNER_LIST_MAX + 1);
		await createEvent(
			ctx,
			SYSTEM_ACTOR,
			a.id,
			eventInput({ start: berlin('2026-12-06', '10:00'), end: berlin('2026-12-06', '11:00') }),
			{ status: 'published', now }
		);
		expect(await count(8)).toBe(PARTNER_LIST_MAX + 2);
	});
});
