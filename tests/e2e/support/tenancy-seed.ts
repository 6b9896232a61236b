// The data of the tenant-isolation walk: the demo alliance A (Musterstadt, as `npm start` seeds
// it) and a second alliance B ("Okapihausen") with something of every kind: pages (published,
// draft, nested), news (published, draft), files, people, an invitation, a contact message,
// partners. Written into a fresh DATA_DIR before the app starts, through our services where
// they exist (alliances, accounts, uploads) and plain inserts for the rest.
import crypto from 'node:crypto';
import sharp from 'sharp';
import { buildApp, type App } from '../../../src/lib/server/app.ts';
import { createAccount } from '../../../src/lib/server/accounts/account.service.ts';
import { updateAlliance } from '../../../src/lib/server/alliances/alliance.repository.ts';
import { createAlliance } from '../../../src/lib/server/alliances/alliance.service.ts';
import { parseEnv } from '../../../src/lib/server/env.ts';
import { storeDocument, storeImage } from '../../../src/lib/server/uploads/upload-store.service.ts';

/** Everything of B contains "okapi" (any case); A's answers must never contain it. */
export const MARKER = /okapi/i;

/**
 * What of B not even a visitor of B's own site may see: drafts, people, messages, internal
 * partner data. (B's public pages and news are public on B's site, of course.)
 */
export const B_SECRETS = [
	'Okapi-Entwurfsseite',
	'Okapi-Vorschau',
	'okapi-koordination@okapi.example',
	'okapi-redaktion@okapi.example',
	'okapi-eingeladen@okapi.example',
	'Okapi-Anliegen',
	'okapi-familie@okapi.example',
	'Okapi-Internnotiz',
	'okapi-intern@okapi.example',
	'Okapi-Bewerbung',
	'okapi-bewerbung@okapi.example',
	'Okapi-Terminvorschlag',
	'okapi-einreicherin@okapi.example',
	'Okapi-Projektentwurf',
	'Okapi-Mitteilung',
	'Okapi-Bibliotheksdokument',
	'okapi-ag@okapi.example',
	'Okapi-Protokoll',
	'Okapi-Plenumprotokoll',
	'okapi-gast@okapi.example'
];

export const B_SLUG = 'zweite';
export const B_PASSWORD = 'Okapi-Koordination-2026';

export interface TenantIds {
	allianceId: string;
	/** by kind: page, news, file, member, user, invitation, message, team, partner, application */
	ids: Record<string, string[]>;
	/** paths of pages inside the site (for [...path] routes), and news slugs */
	pagePaths: string[];
	newsSlugs: string[];
	partnerSlugs: string[];
}

const now = () => new Date().toISOString();
const uuid = () => crypto.randomUUID();

async function png(color: string): Promise<File> {
	const bytes = await sharp({
		create: { width: 40, height: 30, channels: 3, background: color }
	})
		.png()
		.toBuffer();
	return new File([new Uint8Array(bytes)], 'bild.png', { type: 'image/png' });
}

function pdf(title: string): File {
	const text = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${title}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
	return new File([text], 'dokument.pdf', { type: 'application/pdf' });
}

/** Rows every tenant gets here, so that the walk has ids of every kind on both sides. */
async function seedRows(
	app: App,
	allianceId: string,
	word: string,
	people: { userId: string }[]
): Promise<TenantIds> {
	const { db } = app;
	const ids: Record<string, string[]> = {};
	const add = (kind: string, id: string) => (ids[kind] ??= []).push(id);
	const time = now();

	const top = uuid();
	const child = uuid();
	const draft = uuid();
	const slugBase = word === 'Okapi' ? 'bseite' : 'aseite';
	await db
		.insertInto('page')
		.values([
			{
				id: top,
				alliance_id: allianceId,
				parent_id: null,
				slug: `${slugBase}-oben`,
				title: `${word}-Oberseite`,
				body_html: `<p>${word}-Text der Oberseite</p>`,
				published: 1,
				in_nav: 1,
				position: 90,
				created_at: time,
				updated_at: time
			},
			{
				id: child,
				alliance_id: allianceId,
				parent_id: top,
				slug: `${slugBase}-unten`,
				title: `${word}-Unterseite`,
				body_html: `<p>${word}-Text der Unterseite</p>`,
				published: 1,
				in_nav: 1,
				position: 1,
				created_at: time,
				updated_at: time
			},
			{
				id: draft,
				alliance_id: allianceId,
				parent_id: null,
				slug: `${slugBase}-entwurf`,
				title: `${word}-Entwurfsseite`,
				body_html: `<p>${word}-Entwurfsseite, noch nicht veröffentlicht</p>`,
				published: 0,
				in_nav: 0,
				position: 91,
				created_at: time,
				updated_at: time
			}
		])
		.execute();
	add('page', top);
	add('page', child);
	add('page', draft);
	const pagePaths = [
		`${slugBase}-oben`,
		`${slugBase}-oben/${slugBase}-unten`,
		`${slugBase}-entwurf`
	];

	const news = uuid();
	const newsDraft = uuid();
	const newsSlug = word === 'Okapi' ? 'bmeldung' : 'ameldung';
	await db
		.insertInto('news_post')
		.values([
			{
				id: news,
				alliance_id: allianceId,
				slug: newsSlug,
				title: `${word}-Meldung`,
				summary: `${word}-Kurztext`,
				body_html: `<p>${word}-Meldungstext</p>`,
				published_at: '2026-01-15T09:00:00.000Z',
				created_at: time,
				updated_at: time
			},
			{
				id: newsDraft,
				alliance_id: allianceId,
				slug: `${newsSlug}-vorschau`,
				title: `${word}-Vorschau`,
				summary: `${word}-Vorschau, unveröffentlicht`,
				body_html: `<p>${word}-Vorschau</p>`,
				published_at: null,
				created_at: time,
				updated_at: time
			}
		])
		.execute();
	add('news', news);
	add('news', newsDraft);

	const image = await storeImage(
		app,
		allianceId,
		null,
		await png(word === 'Okapi' ? '#553311' : '#113355'),
		{
			alt: `${word}-Bild`
		}
	);
	const doc = await storeDocument(app, allianceId, null, pdf(word), {
		title: `${word}-Dokument`,
		description: `${word}-Beschreibung`,
		listed: true
	});
	if (!image.ok || !doc.ok) throw new Error('could not store the test files');
	add('file', image.file.id);
	add('file', doc.file.id);

	const team = uuid();
	await db
		.insertInto('team_member')
		.values({ id: team, alliance_id: allianceId, name: `${word}-Teammitglied`, role: 'Sprecherin' })
		.execute();
	add('team', team);

	const message = uuid();
	const lower = word.toLowerCase();
	await db
		.insertInto('contact_message')
		.values({
			id: message,
			alliance_id: allianceId,
			name: `${word}-Familie`,
			email: `${lower}-familie@${lower}.example`,
			subject: `${word}-Anliegen`,
			message: `${word}-Anliegen: Wo gibt es Kinderbetreuung am Samstag?`,
			created_at: time
		})
		.execute();
	add('message', message);

	const invitation = uuid();
	await db
		.insertInto('invitation')
		.values({
			id: invitation,
			organizationId: allianceId,
			email: `${lower}-eingeladen@${lower}.example`,
			role: 'editor',
			status: 'pending',
			expiresAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
			createdAt: new Date().toISOString(),
			inviterId: people[0]?.userId ?? ''
		})
		.execute();
	add('invitation', invitation);

	const partner = uuid();
	const partnerSlug = word === 'Okapi' ? 'bpartner' : 'apartner';
	await db
		.insertInto('partner')
		.values({
			id: partner,
			alliance_id: allianceId,
			slug: partnerSlug,
			name: `${word}-Partnerverein`,
			kind: 'association',
			internal_notes: `${word}-Internnotiz`,
			internal_email: `${lower}-intern@${lower}.example`,
			created_at: time,
			updated_at: time
		})
		.execute();
	add('partner', partner);
	const application = uuid();
	await db
		.insertInto('partner_application')
		.values({
			id: application,
			alliance_id: allianceId,
			organisation: `${word}-Bewerbung`,
			kind: 'company',
			contact_name: `${word}-Bewerberin`,
			email: `${lower}-bewerbung@${lower}.example`,
			contribution: `${word}-Beitrag`,
			consent_principles_at: time,
			consent_privacy_at: time,
			created_at: time
		})
		.execute();
	add('application', application);

	// Calendar: a published event, and a submitted one that waits for approval (not public).
	// Slugs carry no marker: pages echo their own address (e.g. in the language switch).
	const tag = word === 'Okapi' ? 'b' : 'a';
	const event = uuid();
	const submitted = uuid();
	const start = '2027-03-06T09:00:00.000Z';
	const end = '2027-03-06T12:00:00.000Z';
	await db
		.insertInto('event')
		.values([
			{
				id: event,
				alliance_id: allianceId,
				slug: `${tag}fest`,
				uid: `${event}@test`,
				title: `${word}-Familienfest`,
				start_utc: start,
				end_utc: end,
				status: 'published',
				source: 'manual',
				submitter_name: null,
				submitter_email: null,
				published_at: time,
				created_at: time,
				updated_at: time
			},
			{
				id: submitted,
				alliance_id: allianceId,
				slug: `${tag}vorschlag`,
				uid: `${submitted}@test`,
				title: `${word}-Terminvorschlag`,
				start_utc: start,
				end_utc: end,
				status: 'submitted',
				source: 'submission',
				submitter_name: `${word}-Einreicherin`,
				submitter_email: `${lower}-einreicherin@${lower}.example`,
				published_at: null,
				created_at: time,
				updated_at: time
			}
		])
		.execute();
	add('event', event);
	add('event', submitted);

	// A topic of its own (references to topics must have one of each tenant to point at).
	const topic = uuid();
	await db
		.insertInto('topic')
		.values({
			id: topic,
			alliance_id: allianceId,
			slug: `${tag}thema`,
			name: `${word}-Thema`,
			created_at: time,
			updated_at: time
		})
		.execute();
	add('topic', topic);

	// Projects, working groups, meetings, the partners' internal area.
	const project = uuid();
	await db
		.insertInto('project')
		.values({
			id: project,
			alliance_id: allianceId,
			slug: `${tag}projekt`,
			title: `${word}-Projektentwurf`,
			published: 0,
			created_at: time,
			updated_at: time
		})
		.execute();
	add('project', project);
	const group = uuid();
	await db
		.insertInto('working_group')
		.values({
			id: group,
			alliance_id: allianceId,
			slug: `${tag}ag`,
			name: `${word}-Arbeitsgruppe`,
			created_at: time,
			updated_at: time
		})
		.execute();
	add('group', group);
	const groupMember = uuid();
	await db
		.insertInto('working_group_member')
		.values({
			id: groupMember,
			alliance_id: allianceId,
			working_group_id: group,
			name: `${word}-AG-Mitglied`,
			email: `${lower}-ag@${lower}.example`,
			created_at: time
		})
		.execute();
	add('groupMember', groupMember);
	const meeting = uuid();
	await db
		.insertInto('meeting')
		.values({
			id: meeting,
			alliance_id: allianceId,
			working_group_id: group,
			title: `${word}-Treffen`,
			starts_at: start,
			ends_at: end,
			minutes: `${word}-Protokoll: vertraulich`,
			created_at: time,
			updated_at: time
		})
		.execute();
	add('meeting', meeting);
	const plenum = uuid();
	await db
		.insertInto('plenum')
		.values({
			id: plenum,
			alliance_id: allianceId,
			event_id: event,
			predecessor_id: null,
			agenda: JSON.stringify([`${word}-Tagesordnungspunkt`]),
			extra_addresses: `${lower}-gast@${lower}.example`,
			invited_at: null,
			reminded_at: null,
			minutes_html: `<p>${word}-Plenumprotokoll: vertraulich</p>`,
			minutes_file_id: null,
			minutes_visibility: 'internal',
			minutes_updated_at: time,
			minutes_announced_at: null,
			addresses_deleted_at: null,
			created_by: null,
			created_at: time,
			updated_at: time
		})
		.execute();
	add('plenum', plenum);
	const announcement = uuid();
	await db
		.insertInto('announcement')
		.values({
			id: announcement,
			alliance_id: allianceId,
			title: `${word}-Mitteilung`,
			body: `${word}-Mitteilung an die Bündnispartner`,
			created_at: time
		})
		.execute();
	add('announcement', announcement);
	const folder = uuid();
	await db
		.insertInto('library_folder')
		.values({ id: folder, alliance_id: allianceId, name: `${word}-Ordner`, created_at: time })
		.execute();
	add('folder', folder);
	const libraryDoc = uuid();
	await db
		.insertInto('library_document')
		.values({
			id: libraryDoc,
			alliance_id: allianceId,
			folder_id: folder,
			file_id: doc.file.id,
			title: `${word}-Bibliotheksdokument`,
			created_at: time
		})
		.execute();
	add('libraryDocument', libraryDoc);

	const members = await db
		.selectFrom('member')
		.select(['id', 'userId'])
		.where('organizationId', '=', allianceId)
		.execute();
	for (const m of members) {
		add('member', m.id);
		add('user', m.userId);
	}
	return {
		allianceId,
		ids,
		pagePaths,
		newsSlugs: [newsSlug],
		partnerSlugs: [partnerSlug]
	};
}

export interface Seeded {
	a: TenantIds;
	b: TenantIds;
}

/**
 * Migrates DATA_DIR, seeds the demo alliance A exactly as `npm start` does, then alliance B,
 * reachable by its own domain `localhost` and by the prefix /b/zweite.
 */
export async function seedTwoAlliances(dataDir: string): Promise<Seeded> {
	const app = await buildApp(
		parseEnv({
			DATA_DIR: dataDir,
			SEED_DEMO: 'true',
			NODE_ENV: 'test',
			LOG_LEVEL: 'silent',
			PUBLIC_URL: 'http://127.0.0.1:5199'
		})
	);
	try {
		const aRow = await app.db
			.selectFrom('alliance')
			.select('id')
			.where('slug', '=', 'musterstadt')
			.executeTakeFirstOrThrow();
		const b = await createAlliance(app, {
			slug: B_SLUG,
			name: 'Lokales Bündnis für Familie Okapihausen',
			shortName: 'Bündnis Okapihausen',
			town: 'Okapihausen',
			domain: 'localhost'
		});
		await updateAlliance(app.db, b.id, {
			motto: 'Okapi-Motto',
			contact_email: 'kontakt@okapihausen.example',
			welcome_html: '<p>Okapi-Willkommen</p>'
		});
		const bPeople = [];
		for (const [role, email] of [
			['coordinator', 'okapi-koordination@okapi.example'],
			['editor', 'okapi-redaktion@okapi.example']
		] as const) {
			bPeople.push(
				await createAccount(app, {
					email,
					name: `Okapi ${role}`,
					password: B_PASSWORD,
					allianceId: b.id,
					role
				})
			);
		}
		const aPeople = await app.db
			.selectFrom('member')
			.select('userId')
			.where('organizationId', '=', aRow.id)
			.execute();
		return {
			a: await seedRows(app, aRow.id, 'Musterwort', aPeople),
			b: await seedRows(app, b.id, 'Okapi', bPeople)
		};
	} finally {
		await app.handle.close();
	}
}
