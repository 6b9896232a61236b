import { describe, expect, it } from 'vitest';
import { readPartnerFilters } from './partner.schema.ts';
import { setPartnerStatus } from './partner-edit.service.ts';
import { partnerDirectory, publicPartner } from './partner-directory.service.ts';
import {
	SECRET,
	a,
	actor,
	b,
	coordinator,
	ctx,
	firmId,
	kitaId,
	usePartnerFixture
} from './partner.fixture.ts';

usePartnerFixture();

describe('public directory', () => {
	it('filters by kind, topic, district and text, sorted A–Z, with the letter index', async () => {
		const all = await partnerDirectory(ctx, a.id, readPartnerFilters(new URLSearchParams()));
		expect(all.partners.map((p) => p.name)).toEqual(['Kita Sonnenschein', 'Öko-Bäckerei Müller']);
		expect(all.letters.find((l) => l.letter === 'O')?.count).toBe(1);
		expect(all.districts).toEqual(['Altstadt', 'Südfeld']);

		const kitas = await partnerDirectory(
			ctx,
			a.id,
			readPartnerFilters(new URLSearchParams('art=kita'))
		);
		expect(kitas.partners.map((p) => p.name)).toEqual(['Kita Sonnenschein']);
		const topic = await partnerDirectory(
			ctx,
			a.id,
			readPartnerFilters(new URLSearchParams('thema=gute-kinderbetreuung'))
		);
		expect(topic.partners.map((p) => p.id)).toEqual([kitaId]);
		const district = await partnerDirectory(
			ctx,
			a.id,
			readPartnerFilters(new URLSearchParams('stadtteil=Altstadt'))
		);
		expect(district.partners.map((p) => p.id)).toEqual([firmId]);
		const text = await partnerDirectory(
			ctx,
			a.id,
			readPartnerFilters(new URLSearchParams('suche=mueller'))
		);
		expect(text.partners.map((p) => p.id)).toEqual([firmId]);
		const odd = readPartnerFilters(new URLSearchParams('art=<script>&thema=gibtsnicht'));
		expect(odd.kind).toBe('');
		expect((await partnerDirectory(ctx, a.id, odd)).partners).toEqual([]);
	});

	it('pages long lists; the letter index leads to the page of each letter', async () => {
		const filters = readPartnerFilters(new URLSearchParams());
		const first = await partnerDirectory(ctx, a.id, filters, { page: 1, pageSize: 1 });
		expect(first.partners.map((p) => p.name)).toEqual(['Kita Sonnenschein']);
		expect([first.total, first.page, first.pages]).toEqual([2, 1, 2]);
		expect(first.letters.find((l) => l.letter === 'K')).toEqual({ letter: 'K', count: 1, page: 1 });
		expect(first.letters.find((l) => l.letter === 'O')).toEqual({ letter: 'O', count: 1, page: 2 });
		const second = await partnerDirectory(ctx, a.id, filters, { page: 2, pageSize: 1 });
		expect(second.partners.map((p) => p.name)).toEqual(['Öko-Bäckerei Müller']);
		// Past the end: the last page.
		expect((await partnerDirectory(ctx, a.id, filters, { page: 9, pageSize: 1 })).page).toBe(2);
		// Without a page (the topic pages): everyone.
		expect((await partnerDirectory(ctx, a.id, filters)).partners).toHaveLength(2);
	});

	it('never carries internal contact data or notes', async () => {
		const all = await partnerDirectory(ctx, a.id, readPartnerFilters(new URLSearchParams()));
		const one = await publicPartner(ctx, a.id, 'kita-sonnenschein');
		const text = JSON.stringify({ all, one });
		expect(one?.name).toBe('Kita Sonnenschein');
		expect(text).not.toContain(SECRET);
		expect(text).not.toContain('Vertrag läuft');
		expect(text).not.toContain('chef@baeckerei.example');
		expect(text).not.toMatch(/internal/);
	});

	it('keeps alliances apart and hides inactive partners', async () => {
		expect(await publicPartner(ctx, b.id, 'kita-sonnenschein')).toBeNull();
		await setPartnerStatus(ctx, actor(coordinator), a.id, firmId, 'inactive');
		expect(await publicPartner(ctx, a.id, 'oeko-baeckerei-mueller')).toBeNull();
		await setPartnerStatus(ctx, actor(coordinator), a.id, firmId, 'active');
		expect(await publicPartner(ctx, a.id, 'oeko-baeckerei-mueller')).not.toBeNull();
	});
});
