import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { createAlliance, getAlliance } from '../alliances/alliance.service.ts';
import { ensureLegalPages } from './legal-pages.ts';
import {
	createPage,
	deletePage,
	movePage,
	setPagePublished,
	updatePage
} from './page-edit.service.ts';
import {
	currentNavigation,
	findPageByPath,
	getLegalPage,
	getPage,
	navigation,
	pageTree
} from './page.service.ts';

let ctx: TestContext;
let a: string;
let b: string;

beforeAll(async () => {
	ctx = await createTestContext();
	a = (await createAlliance(ctx, { slug: 'a-stadt', name: 'Bündnis für Familie A-Stadt' })).id;
	b = (await createAlliance(ctx, { slug: 'b-stadt', name: 'Bündnis B' })).id;
});
afterAll(async () => {
	await ctx.close();
});

async function make(allianceId: string, input: Parameters<typeof createPage>[3]) {
	const result = await createPage(ctx, allianceId, null, input);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.page;
}

describe('legal pages', () => {
	it('come with every new alliance, published and out of the menu', async () => {
		const imprint = await getLegalPage(ctx, a, 'imprint');
		const privacy = await getLegalPage(ctx, a, 'privacy');
		expect(imprint).toMatchObject({ slug: 'impressum', published: true, inNav: false });
		expect(imprint?.bodyHtml).toContain('§ 5 Digitale-Dienste-Gesetz');
		expect(privacy?.bodyHtml).toContain('Art. 77 DSGVO');
		expect(privacy?.bodyHtml).toContain('Bündnis für Familie A-Stadt');
	});

	it('are created only once', async () => {
		await ensureLegalPages(ctx, a);
		await ensureLegalPages(ctx, a);
		const tree = await pageTree(ctx, a);
		expect(tree.filter((p) => p.kind === 'imprint')).toHaveLength(1);
		expect(tree.filter((p) => p.kind === 'privacy')).toHaveLength(1);
	});

	it('cannot be deleted or withdrawn, and keep their address when edited', async () => {
		const imprint = (await getLegalPage(ctx, a, 'imprint'))!;
		expect(await deletePage(ctx, a, null, imprint.id)).toEqual({
			ok: false,
			error: 'page.protected'
		});
		expect(await setPagePublished(ctx, a, null, imprint.id, false)).toEqual({
			ok: false,
			error: 'page.protected'
		});
		const saved = await updatePage(ctx, a, null, imprint.id, {
			title: 'Impressum',
			slug: 'anders',
			body: '<p>Neuer Text</p>',
			published: false,
			inNav: true
		});
		expect(saved.ok && saved.page).toMatchObject({
			slug: 'impressum',
			published: true,
			inNav: false,
			bodyHtml: '<p>Neuer Text</p>'
		});
	});
});

describe('creating pages', () => {
	it('makes the address from the title and sanitises the text', async () => {
		const page = await make(a, {
			title: 'Über uns',
			body: '<p onclick="x()">Wir sind <script>alert(1)</script>da.</p>',
			published: true
		});
		expect(page.slug).toBe('ueber-uns');
		expect(page.path).toBe('/ueber-uns');
		expect(page.bodyHtml).toBe('<p>Wir sind da.</p>');
	});

	it('refuses invalid and reserved addresses', async () => {
		const bad = await createPage(ctx, a, null, { title: 'X', slug: 'Über Uns!' });
		expect(bad).toEqual({ ok: false, errors: { slug: 'error.slug' } });
		const reserved = await createPage(ctx, a, null, { title: 'Termine', slug: 'termine' });
		expect(reserved).toEqual({ ok: false, errors: { slug: 'page.slugReserved' } });
		const empty = await createPage(ctx, a, null, { title: '  ' });
		expect(empty.ok).toBe(false);
	});

	it('keeps addresses unique among siblings only', async () => {
		const dup = await createPage(ctx, a, null, { title: 'Über uns' });
		expect(dup).toEqual({ ok: false, errors: { slug: 'page.slugTaken' } });
		const other = await make(a, { title: 'Projekte 2024', slug: 'projekte-2024' });
		const parent = (await findPageByPath(ctx, a, ['ueber-uns']))!.page;
		const child = await make(a, { title: 'Projekte 2024', parentId: parent.id, published: true });
		expect(child.path).toBe('/ueber-uns/projekte-2024');
		expect(other.path).toBe('/projekte-2024');
		// Reserved words are fine below the top level.
		const below = await make(a, { title: 'Termine', parentId: parent.id });
		expect(below.path).toBe('/ueber-uns/termine');
	});

	it('nests two levels deep at most', async () => {
		const parent = (await findPageByPath(ctx, a, ['ueber-uns']))!.page;
		const child = (await findPageByPath(ctx, a, ['ueber-uns', 'projekte-2024']))!.page;
		const grandchild = await createPage(ctx, a, null, { title: 'Enkel', parentId: child.id });
		expect(grandchild).toEqual({ ok: false, errors: { parentId: 'page.parentNotTopLevel' } });
		const other = (await findPageByPath(ctx, a, ['projekte-2024'], { includeDrafts: true }))!.page;
		const parentWithChildren = await updatePage(ctx, a, null, parent.id, {
			title: parent.title,
			parentId: other.id
		});
		expect(parentWithChildren).toEqual({
			ok: false,
			errors: { parentId: 'page.parentHasChildren' }
		});
		const self = await updatePage(ctx, a, null, other.id, { title: 'x', parentId: other.id });
		expect(self).toEqual({ ok: false, errors: { parentId: 'page.parentInvalid' } });
	});

	it('writes an audit entry and raises the content version', async () => {
		const before = (await getAlliance(ctx, a))!.contentVersion;
		const page = await make(a, { title: 'Hilfe und Beratung' });
		expect((await getAlliance(ctx, a))!.contentVersion).toBeGreaterThan(before);
		const entry = await ctx.db
			.selectFrom('audit_log')
			.selectAll()
			.where('entity_id', '=', page.id)
			.executeTakeFirst();
		expect(entry).toMatchObject({ alliance_id: a, action: 'create', entity: 'page' });
	});
});

describe('saving pages', () => {
	it('leaves the old content intact when a save is refused', async () => {
		const page = await make(a, { title: 'Geschichte', body: '<p>Gegründet 2009.</p>' });
		const noAlt = await updatePage(ctx, a, null, page.id, {
			title: 'Geschichte neu',
			body: '<p>Neu</p><img src="/dateien/00000000-0000-0000-0000-000000000000">'
		});
		expect(noAlt).toEqual({ ok: false, errors: { body: 'content.imageWithoutAlt' } });
		const foreign = await updatePage(ctx, a, null, page.id, {
			title: 'Geschichte neu',
			body: '<img src="https://tracker.example/x.gif" alt="x">'
		});
		expect(foreign).toEqual({ ok: false, errors: { body: 'content.imageForeign' } });
		const taken = await updatePage(ctx, a, null, page.id, { title: 'X', slug: 'ueber-uns' });
		expect(taken).toEqual({ ok: false, errors: { slug: 'page.slugTaken' } });
		const after = await getPage(ctx, a, page.id);
		expect(after).toMatchObject({ title: 'Geschichte', bodyHtml: '<p>Gegründet 2009.</p>' });
	});

	it('moves pages up and down among their siblings', async () => {
		const parent = await make(a, { title: 'Reihenfolge' });
		const one = await make(a, { title: 'Eins', parentId: parent.id });
		const two = await make(a, { title: 'Zwei', parentId: parent.id });
		const three = await make(a, { title: 'Drei', parentId: parent.id });
		const order = async () =>
			(await pageTree(ctx, a)).find((p) => p.id === parent.id)!.children.map((c) => c.title);
		expect(await order()).toEqual(['Eins', 'Zwei', 'Drei']);
		await movePage(ctx, a, null, three.id, 'up');
		expect(await order()).toEqual(['Eins', 'Drei', 'Zwei']);
		await movePage(ctx, a, null, one.id, 'down');
		expect(await order()).toEqual(['Drei', 'Eins', 'Zwei']);
		await movePage(ctx, a, null, three.id, 'up'); // already first: nothing happens
		expect(await order()).toEqual(['Drei', 'Eins', 'Zwei']);
		expect(two.parentId).toBe(parent.id);
	});

	it('refuses to delete a page with sub-pages and deletes a leaf', async () => {
		const parent = (await findPageByPath(ctx, a, ['reihenfolge'], { includeDrafts: true }))!.page;
		expect(await deletePage(ctx, a, null, parent.id)).toEqual({
			ok: false,
			error: 'page.hasChildren'
		});
		const child = (await findPageByPath(ctx, a, ['reihenfolge', 'eins'], { includeDrafts: true }))!
			.page;
		expect(await deletePage(ctx, a, null, child.id)).toEqual({ ok: true });
		expect(await getPage(ctx, a, child.id)).toBeUndefined();
	});
});

describe('public view', () => {
	it('shows published pages by path with their published children', async () => {
		const found = await findPageByPath(ctx, a, ['ueber-uns']);
		expect(found?.page.title).toBe('Über uns');
		expect(found?.children.map((c) => c.path)).toEqual(['/ueber-uns/projekte-2024']);
		expect(found?.draft).toBe(false);
		const nav = await navigation(ctx, a);
		expect(nav.find((n) => n.path === '/ueber-uns')?.children.map((c) => c.title)).toEqual([
			'Projekte 2024'
		]);
	});

	it('shows a page in the menu as soon as it is published (menu kept per content version)', async () => {
		const alliance = async () => (await getAlliance(ctx, a))!;
		const page = await make(a, { title: 'Ferienprogramm', published: false, inNav: true });
		const before = await currentNavigation(ctx, await alliance());
		expect(before.map((n) => n.title)).not.toContain('Ferienprogramm');
		await setPagePublished(ctx, a, null, page.id, true);
		const after = await currentNavigation(ctx, await alliance());
		expect(after.map((n) => n.title)).toContain('Ferienprogramm');
		expect(after).toEqual(await navigation(ctx, a));
	});

	it('hides drafts from visitors and shows them to editors as drafts', async () => {
		const draft = await make(a, { title: 'Entwurf', published: false });
		expect(await findPageByPath(ctx, a, ['entwurf'])).toBeUndefined();
		expect((await findPageByPath(ctx, a, ['entwurf'], { includeDrafts: true }))?.draft).toBe(true);
		await setPagePublished(ctx, a, null, draft.id, true);
		expect((await findPageByPath(ctx, a, ['entwurf']))?.draft).toBe(false);
	});

	it('hides the children of a withdrawn parent', async () => {
		const parent = (await findPageByPath(ctx, a, ['ueber-uns']))!.page;
		await setPagePublished(ctx, a, null, parent.id, false);
		expect(await findPageByPath(ctx, a, ['ueber-uns', 'projekte-2024'])).toBeUndefined();
		await setPagePublished(ctx, a, null, parent.id, true);
		expect(await findPageByPath(ctx, a, ['ueber-uns', 'projekte-2024'])).toBeDefined();
	});

	it('does not serve legal pages or odd paths through the page route', async () => {
		expect(await findPageByPath(ctx, a, ['impressum'])).toBeUndefined();
		expect(await findPageByPath(ctx, a, ['a', 'b', 'c'])).toBeUndefined();
		expect(await findPageByPath(ctx, a, ['..'])).toBeUndefined();
	});
});

describe('alliance boundaries', () => {
	it('never lets one alliance read or change another’s pages', async () => {
		const pageOfA = (await findPageByPath(ctx, a, ['ueber-uns']))!.page;
		expect(await getPage(ctx, b, pageOfA.id)).toBeUndefined();
		expect(await findPageByPath(ctx, b, ['ueber-uns'])).toBeUndefined();
		expect(await updatePage(ctx, b, null, pageOfA.id, { title: 'Gekapert' })).toEqual({
			ok: false,
			errors: { _form: 'page.notFound' }
		});
		expect(await deletePage(ctx, b, null, pageOfA.id)).toEqual({
			ok: false,
			error: 'page.notFound'
		});
		expect(await setPagePublished(ctx, b, null, pageOfA.id, false)).toEqual({
			ok: false,
			error: 'page.notFound'
		});
		expect(await movePage(ctx, b, null, pageOfA.id, 'up')).toEqual({
			ok: false,
			error: 'page.notFound'
		});
		// A's page cannot become B's parent.
		expect(await createPage(ctx, b, null, { title: 'Kind', parentId: pageOfA.id })).toEqual({
			ok: false,
			errors: { parentId: 'page.parentInvalid' }
		});
		expect((await getPage(ctx, a, pageOfA.id))?.title).toBe('Über uns');
		// B may use the same address for its own page.
		expect((await make(b, { title: 'Über uns' })).slug).toBe('ueber-uns');
	});
});

describe('form feedback', () => {
	it('names every problem at once', async () => {
		const result = await createPage(ctx, a, null, {
			title: 'Termine',
			slug: 'termine',
			body: '<img src="/dateien/x">'
		});
		expect(result).toEqual({
			ok: false,
			errors: { slug: 'page.slugReserved', body: 'content.imageWithoutAlt' }
		});
	});
});
