import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAlliance } from '../../src/lib/server/alliances/alliance.service.ts';
import type { Alliance } from '../../src/lib/server/alliances/alliance.types.ts';
import type { Viewer } from '../../src/lib/server/auth/viewer.ts';
import type { App } from '../../src/lib/server/app.ts';
import { createNews } from '../../src/lib/server/content/news-edit.service.ts';
import { storeDocument, storeImage } from '../../src/lib/server/uploads/upload-store.service.ts';
import { makeAlliance, makePerson } from '../factories/accounts.ts';
import { makePartner } from '../factories/events.ts';
import { outcome, requestEvent, startAppForRoutes } from '../support/app-for-routes.ts';
import type { TestContext } from '../support/context.ts';
import type { TestSmtp } from '../support/smtp.ts';
import * as newProject from '../../src/routes/admin/projekte/neu/+page.server.ts';
import * as editProject from '../../src/routes/admin/projekte/[id]/+page.server.ts';
import * as newGroup from '../../src/routes/admin/arbeitsgruppen/neu/+page.server.ts';
import * as newEvent from '../../src/routes/admin/termine/neu/+page.server.ts';
import * as newPartner from '../../src/routes/admin/partner/neu/+page.server.ts';
import * as feeds from '../../src/routes/admin/termine/import/+page.server.ts';
import * as library from '../../src/routes/intern/bibliothek/+page.server.ts';

/*
 * References stay inside the alliance: B's coordinator fills B's own forms with ids of A's
 * topics, working groups, partners, news, files and folders. Every form answers with a field
 * error (400) and nothing is stored in B that points at A.
 */

let app: App;
let smtp: TestSmtp;
let close: () => Promise<void>;
let a: Alliance;
let b: Alliance;
let bCoordinator: Viewer;
const base = 'http://localhost:5999';
const of = {
	topic: '',
	group: '',
	partner: '',
	news: '',
	image: '',
	document: '',
	folder: '',
	project: ''
};
const ownOfB = { project: '' };

const now = () => new Date().toISOString();

async function insertTopic(allianceId: string, name: string): Promise<string> {
	const id = crypto.randomUUID();
	await app.db
		.insertInto('topic')
		.values({
			id,
			alliance_id: allianceId,
			slug: `t-${id.slice(0, 8)}`,
			name,
			created_at: now(),
			updated_at: now()
		})
		.execute();
	return id;
}

function run(
	action: (event: never) => unknown,
	path: string,
	form: Record<string, string | string[]>,
	params: Record<string, string> = {}
) {
	return outcome(() =>
		action(
			requestEvent({
				url: `${base}${path}`,
				locals: { alliance: b, prefix: '', locale: 'de', viewer: bCoordinator },
				params,
				form
			}) as never
		)
	);
}

/** A form answer with a field error: SvelteKit's fail(400, …) */
function expectFieldError(result: { value?: unknown; thrown?: unknown }, field: string) {
	expect(result.thrown, JSON.stringify(result.thrown)).toBeUndefined();
	const failure = result.value as { status: number; data: { errors?: Record<string, unknown> } };
	expect(failure.status).toBe(400);
	expect(Object.keys(failure.data.errors ?? {})).toContain(field);
}

async function countOfB(
	table:
		| 'project'
		| 'working_group'
		| 'event'
		| 'partner'
		| 'event_feed'
		| 'library_folder'
		| 'library_document'
) {
	const row = await app.db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('alliance_id', '=', b.id)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

beforeAll(async () => {
	({ app, smtp, close } = await startAppForRoutes());
	const ctx = { ...app, smtp } as unknown as TestContext;
	a = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	b = (await getAlliance(app, (await makeAlliance(ctx)).id))!;
	const person = await makePerson(ctx, { alliance: b, role: 'coordinator', name: 'Bea Berg' });
	bCoordinator = {
		userId: person.userId,
		name: person.name,
		email: person.email,
		platformAdmin: false,
		role: 'coordinator'
	};
	of.topic = await insertTopic(a.id, 'Vereinbarkeit');
	of.partner = (await makePartner(ctx, a.id, 'Familienzentrum A')).id;
	of.group = crypto.randomUUID();
	await app.db
		.insertInto('working_group')
		.values({
			id: of.group,
			alliance_id: a.id,
			slug: 'ag-a',
			name: 'AG von A',
			created_at: now(),
			updated_at: now()
		})
		.execute();
	const news = await createNews(app, a.id, null, { title: 'Neuigkeit von A' });
	if (!news.ok) throw new Error('news');
	of.news = news.post.id;
	const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
		.png()
		.toBuffer();
	const image = await storeImage(app, a.id, null, new File([new Uint8Array(png)], 'a.png'), {
		alt: 'Bild'
	});
	if (!image.ok) throw new Error('image');
	of.image = image.file.id;
	const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'a.pdf', { type: 'application/pdf' });
	const doc = await storeDocument(app, a.id, null, pdf, { title: 'Satzung' });
	if (!doc.ok) throw new Error('document');
	of.document = doc.file.id;
	of.folder = crypto.randomUUID();
	await app.db
		.insertInto('library_folder')
		.values({
			id: of.folder,
			alliance_id: a.id,
			parent_id: null,
			name: 'Ordner von A',
			created_at: now()
		})
		.execute();
	// B's own project, to change through its edit form.
	const created = await run(newProject.actions.default!, '/admin/projekte/neu', {
		title: 'Projekt von B',
		status: 'planned'
	});
	ownOfB.project = ((created.thrown as { location: string }).location ?? '').split('/').pop()!;
});
afterAll(async () => close());

describe('every id a form submits belongs to the alliance', () => {
	it('a project cannot point at another alliance’s topic, working group, partner or news', async () => {
		const before = await countOfB('project');
		const form = { title: 'Brücken bauen', status: 'planned' };
		expectFieldError(
			await run(newProject.actions.default!, '/admin/projekte/neu', { ...form, topicId: of.topic }),
			'topicId'
		);
		expectFieldError(
			await run(newProject.actions.default!, '/admin/projekte/neu', {
				...form,
				workingGroupId: of.group
			}),
			'workingGroupId'
		);
		expectFieldError(
			await run(newProject.actions.default!, '/admin/projekte/neu', {
				...form,
				partners: [of.partner]
			}),
			'partners'
		);
		expectFieldError(
			await run(newProject.actions.default!, '/admin/projekte/neu', { ...form, news: [of.news] }),
			'news'
		);
		expect(await countOfB('project')).toBe(before);
		// Editing B's own project does not let A's ids in either.
		expect(ownOfB.project).toMatch(/^[0-9a-f-]{36}$/);
		expectFieldError(
			await run(
				editProject.actions.save!,
				`/admin/projekte/${ownOfB.project}?/save`,
				{ title: 'Projekt von B', status: 'running', topicId: of.topic },
				{ id: ownOfB.project }
			),
			'topicId'
		);
		const stored = await app.db
			.selectFrom('project')
			.select(['topic_id', 'working_group_id', 'status'])
			.where('id', '=', ownOfB.project)
			.executeTakeFirstOrThrow();
		expect(stored).toEqual({ topic_id: null, working_group_id: null, status: 'planned' });
		const links = await app.db
			.selectFrom('project_partner')
			.select('partner_id')
			.where('partner_id', '=', of.partner)
			.execute();
		expect(links).toEqual([]);
	});

	it('a working group cannot point at another alliance’s topic', async () => {
		const before = await countOfB('working_group');
		expectFieldError(
			await run(newGroup.actions.default!, '/admin/arbeitsgruppen/neu', {
				name: 'AG Brücken',
				topicId: of.topic
			}),
			'topicId'
		);
		expect(await countOfB('working_group')).toBe(before);
	});

	it('a partner cannot be filed under another alliance’s topic', async () => {
		const before = await countOfB('partner');
		expectFieldError(
			await run(newPartner.actions.default!, '/admin/partner/neu', {
				name: 'Kita Sonnenschein',
				kind: 'association',
				topics: [of.topic]
			}),
			'topics'
		);
		expect(await countOfB('partner')).toBe(before);
	});

	it('an event cannot name another alliance’s topic, organiser, image or attachment', async () => {
		const before = await countOfB('event');
		const form = {
			title: 'Familien-Yoga',
			startDate: '2026-12-09',
			startTime: '16:00',
			endTime: '17:00',
			repeat: 'none',
			placeName: 'Familienzentrum',
			costKind: 'free'
		};
		const path = '/admin/termine/neu?/save';
		expectFieldError(
			await run(newEvent.actions.save!, path, { ...form, topics: [of.topic] }),
			'topics'
		);
		expectFieldError(
			await run(newEvent.actions.save!, path, { ...form, organiser: of.partner }),
			'organiser'
		);
		expectFieldError(
			await run(newEvent.actions.save!, path, { ...form, imageId: of.image, imageAlt: 'Bild' }),
			'imageId'
		);
		expectFieldError(
			await run(newEvent.actions.save!, path, { ...form, attachments: of.document }),
			'attachments'
		);
		expect(await countOfB('event')).toBe(before);
	});

	it('a calendar subscription cannot be made for another alliance’s partner', async () => {
		const before = await countOfB('event_feed');
		expectFieldError(
			await run(feeds.actions.create!, '/admin/termine/import?/create', {
				name: 'Kalender',
				url: 'https://kalender.example.org/termine.ics',
				partnerId: of.partner,
				intervalMinutes: '60'
			}),
			'partnerId'
		);
		expect(await countOfB('event_feed')).toBe(before);
	});

	it('the library does not file folders or documents into another alliance’s folder', async () => {
		const folders = await countOfB('library_folder');
		const documents = await countOfB('library_document');
		expectFieldError(
			await run(library.actions.folder!, '/intern/bibliothek?/folder', {
				name: 'Unterordner',
				parentId: of.folder
			}),
			'parentId'
		);
		const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'b.pdf', { type: 'application/pdf' });
		const result = await outcome(() => {
			const event = requestEvent({
				url: `${base}/intern/bibliothek?/upload`,
				locals: { alliance: b, prefix: '', locale: 'de', viewer: bCoordinator },
				form: { title: 'Protokoll', folderId: of.folder }
			});
			return event.request.formData().then((data) => {
				data.append('file', pdf);
				const request = new Request(event.url, { method: 'POST', body: data });
				return library.actions.upload!({ ...event, request } as never);
			});
		});
		expectFieldError(result, 'folderId');
		expect(await countOfB('library_folder')).toBe(folders);
		expect(await countOfB('library_document')).toBe(documents);
		// and no orphaned upload of B was left behind
		const files = await app.db
			.selectFrom('file')
			.select('id')
			.where('alliance_id', '=', b.id)
			.execute();
		expect(files).toEqual([]);
	});

	it('news cannot show another alliance’s image', async () => {
		expect(
			await createNews(app, b.id, bCoordinator.userId, { title: 'Fremdes Bild', imageId: of.image })
		).toEqual({
			ok: false,
			errors: { image: 'error.invalid' }
		});
	});
});
