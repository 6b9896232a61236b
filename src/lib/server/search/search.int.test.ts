import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { berlin, eventInput, makePartner } from '../../../../tests/factories/events.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import { createNews } from '../content/news-edit.service.ts';
import { deleteNews } from '../content/news-delete.service.ts';
import { SYSTEM_ACTOR } from '../events/core/event.types.ts';
import { createEvent } from '../events/core/create-event.service.ts';
import { findAlliancesBehind } from './search.repository.ts';
import { searchSite } from './search.service.ts';

let ctx: TestContext;
let a: string;
let b: string;

const daysAgo = (n: number) => new Date(Date.now() - n * 86400000).toISOString();

async function news(allianceId: string, title: string, summary: string, publishedAt = daysAgo(1)) {
	const result = await createNews(ctx, allianceId, null, { title, summary, publishedAt });
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.post;
}

function titles(result: Awaited<ReturnType<typeof searchSite>>): string[] {
	return result.groups.flatMap((g) => g.hits.map((h) => h.title));
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = (await createAlliance(ctx, { slug: 'a-stadt', name: 'Bündnis A' })).id;
	b = (await createAlliance(ctx, { slug: 'b-stadt', name: 'Bündnis B' })).id;
	await news(a, 'Neue Beratung für Familien', 'Die Familienberatung hat neue Öffnungszeiten.');
	await news(
		a,
		'Straßenfest im Nordviertel',
		'Musik, Spiele und Kuchen für alle Mütter und Väter.'
	);
	await news(
		a,
		'Noch nicht erschienen',
		'Beratung im Entwurf',
		new Date(Date.now() + 86400000 * 30).toISOString()
	);
	await news(b, 'Beratung in B-Stadt', 'Nur für die Familien in B.');
	await createEvent(
		ctx,
		SYSTEM_ACTOR,
		a,
		eventInput({
			title: 'Krabbelgruppe am Mittwoch',
			summary: 'Für Eltern mit Babys, wir sprechen Deutsch und Türkisch.',
			start: berlin('2027-01-13', '09:30'),
			end: berlin('2027-01-13', '11:00')
		}),
		{ status: 'published' }
	);
	await createEvent(
		ctx,
		SYSTEM_ACTOR,
		a,
		eventInput({
			title: 'Geheimer Entwurf Krabbelgruppe',
			start: berlin('2027-01-14', '09:30'),
			end: berlin('2027-01-14', '11:00')
		}),
		{ status: 'draft' }
	);
	await makePartner(ctx, a, 'Pflegestützpunkt Musterstadt');
	await contentChanged(ctx, a);
});
afterAll(async () => {
	await ctx.close();
});

describe('site search', () => {
	it('finds German word forms, with or without umlauts and ß', async () => {
		expect(titles(await searchSite(ctx, a, 'Familie'))).toContain('Neue Beratung für Familien');
		expect(titles(await searchSite(ctx, a, 'Beratungen'))).toContain('Neue Beratung für Familien');
		expect(titles(await searchSite(ctx, a, 'Strassenfest'))).toEqual([
			'Straßenfest im Nordviertel'
		]);
		expect(titles(await searchSite(ctx, a, 'Muetter'))).toEqual(['Straßenfest im Nordviertel']);
		expect(titles(await searchSite(ctx, a, 'oeffnungszeiten'))).toEqual([
			'Neue Beratung für Familien'
		]);
		// The start of a compound: "Pflege" finds the Pflegestützpunkt.
		expect(titles(await searchSite(ctx, a, 'Pflege'))).toEqual(['Pflegestützpunkt Musterstadt']);
	});

	it('groups by kind, ranks the better match first and links each hit', async () => {
		const result = await searchSite(ctx, a, 'Krabbelgruppe türkisch');
		expect(result.groups.map((g) => g.kind)).toEqual(['event']);
		expect(result.groups[0]!.hits[0]).toMatchObject({
			title: 'Krabbelgruppe am Mittwoch',
			path: expect.stringMatching(/^\/termine\/krabbelgruppe-am-mittwoch/)
		});
		const mixed = await searchSite(ctx, a, 'Hilfe bei der Pflege und Beratung für Familien');
		// The events match "Familienzentrum" (their place); the partner matches "Pflege" only.
		expect(mixed.groups.map((g) => g.kind).sort()).toEqual(['event', 'news', 'partner']);
		// "Beratung" and "Familien" both match the news post: it ranks above the others.
		expect(mixed.groups[0]!.kind).toBe('news');
	});

	it('shows only what is public, and only of this alliance', async () => {
		const found = titles(await searchSite(ctx, a, 'Beratung'));
		expect(found).toContain('Neue Beratung für Familien');
		expect(found).not.toContain('Noch nicht erschienen');
		expect(found).not.toContain('Beratung in B-Stadt');
		expect(titles(await searchSite(ctx, a, 'Geheimer Entwurf'))).toEqual([]);
		expect(titles(await searchSite(ctx, b, 'Beratung'))).toEqual(['Beratung in B-Stadt']);
	});

	it('follows changes at once', async () => {
		const post = await news(a, 'Laternenumzug', 'Mit Liedern durch den Park.');
		expect(titles(await searchSite(ctx, a, 'Laterne'))).toEqual(['Laternenumzug']);
		await deleteNews(ctx, a, null, post.id);
		expect(titles(await searchSite(ctx, a, 'Laterne'))).toEqual([]);
		// The background job sees which alliances are behind.
		await news(b, 'Kinderflohmarkt', 'Alles für Kinder');
		expect(await findAlliancesBehind(ctx.db)).toContain(b);
		await searchSite(ctx, b, 'Flohmarkt');
		expect(await findAlliancesBehind(ctx.db)).not.toContain(b);
	});

	it('takes hostile input as plain words', async () => {
		for (const q of [
			'"',
			"'; drop table search_document; --",
			'a* OR b',
			':* | & !',
			'()',
			'NEAR(x y)'
		]) {
			const result = await searchSite(ctx, a, q);
			expect(result.total).toBeGreaterThanOrEqual(0);
		}
		expect((await searchSite(ctx, a, '   ')).searched).toBe(false);
	});
});
