import { describe, expect, it } from 'vitest';
import { ADMIN_PAGE_SIZE, pagePartnersForAdmin } from './partner.service.ts';
import {
	a,
	actor,
	contactA,
	coordinator,
	coordinatorB,
	ctx,
	expectRule,
	usePartnerFixture
} from './partner.fixture.ts';

usePartnerFixture();

async function addPartners(n: number) {
	const time = new Date().toISOString();
	for (let i = 0; i < n; i++) {
		await ctx.db
			.insertInto('partner')
			.values({
				id: crypto.randomUUID(),
				alliance_id: a.id,
				slug: `kita-${i}`,
				name: `Familienhaus Lindenbaum ${String(i).padStart(3, '0')}`,
				kind: 'institution',
				description_html: '',
				contribution: '',
				street: '',
				postal_code: '',
				city: '',
				district: i % 2 ? 'Südfeld' : 'Altstadt',
				website: '',
				public_email: '',
				joined_on: '2024-01-01',
				created_at: time,
				updated_at: time
			})
			.execute();
	}
}

describe("the coordinators' partner list of a large alliance", () => {
	it('comes in pages of 50 that together hold every partner once, and can be searched', async () => {
		await addPartners(120);
		const first = await pagePartnersForAdmin(ctx, actor(coordinator), a.id);
		const all = first.all;
		expect(all).toBeGreaterThanOrEqual(120);
		expect(first.items).toHaveLength(ADMIN_PAGE_SIZE);
		expect(first.pages).toBe(Math.ceil(all / ADMIN_PAGE_SIZE));
		const names: string[] = [];
		for (let page = 1; page <= first.pages; page++) {
			const result = await pagePartnersForAdmin(ctx, actor(coordinator), a.id, { page });
			names.push(...result.items.map((p) => p.name));
		}
		expect(names).toHaveLength(all);
		expect(new Set(names).size).toBe(all);

		// Words in any order, any case, name and district.
		const found = await pagePartnersForAdmin(ctx, actor(coordinator), a.id, {
			q: 'südfeld LINDENBAUM'
		});
		expect(found.total).toBe(60);
		expect(found.items.every((p) => p.district === 'Südfeld')).toBe(true);
		// A page beyond the last shows the last.
		const beyond = await pagePartnersForAdmin(ctx, actor(coordinator), a.id, { page: 99 });
		expect(beyond.page).toBe(beyond.pages);

		await expectRule(pagePartnersForAdmin(ctx, actor(coordinatorB), a.id), 403);
		await expectRule(pagePartnersForAdmin(ctx, actor(contactA), a.id), 403);
	});
});
