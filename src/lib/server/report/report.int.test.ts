import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import { berlin, eventInput, makePartner } from '../../../../tests/factories/events.ts';
import {
	makeConcern,
	makeConcernCategory,
	makeMeeting,
	makeProject,
	makeTopic,
	makeWorkingGroup
} from '../../../../tests/factories/report.ts';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { createEvent } from '../events/core/create-event.service.ts';
import { seedPartnersDemo } from '../partners/partners.demo.ts';
import { seedSurveysDemo } from '../surveys/survey.demo.ts';
import { reportPdf } from './report-pdf.ts';
import { seedReportDemo } from './report.demo.ts';
import { reportTextSchema } from './report.schema.ts';
import {
	addReportPhoto,
	publicReport,
	publishedYears,
	reportForAdmin,
	reportPdfPhotos,
	saveReportText
} from './report.service.ts';
import sharp from 'sharp';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let partnerPerson: TestPerson;
const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });

async function pdfText(bytes: Buffer): Promise<string> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
	let text = '';
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		text += content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('');
		text += '\n';
	}
	return text.replace(/\s+/g, ' ');
}

/** A bar of a chart in the PDF: its label, then its number (both text, as in a table). */
function bar(label: string, value: number): RegExp {
	return new RegExp(`${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*${value}(?!\\d)`);
}

/** A small year 2025 in alliance A (and things that must not count: other years, B, drafts). */
beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx, { slug: 'bericht-a', name: 'Bündnis für Familie Musterstadt' });
	b = await makeAlliance(ctx, { slug: 'bericht-b' });
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	const coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
	partnerPerson = await makePerson(ctx, { alliance: a, role: 'partner' });
	const me = actor(coordinator);

	const move = await makeTopic(ctx, a.id, 'Bewegung');
	const language = await makeTopic(ctx, a.id, 'Sprache');
	const kita = await makePartner(ctx, a.id, 'Kita Sonnenschein');
	const club = await makePartner(ctx, a.id, 'TV Musterstadt');
	await ctx.db
		.updateTable('partner')
		.set({ joined_on: '2025-03-01' })
		.where('id', '=', kita.id)
		.execute();
	await ctx.db
		.updateTable('partner')
		.set({ joined_on: '2024-05-01' })
		.where('id', '=', club.id)
		.execute();
	const otherPartner = await makePartner(ctx, b.id, 'Fremder Partner');
	await ctx.db
		.updateTable('partner')
		.set({ joined_on: '2025-06-01' })
		.where('id', '=', otherPartner.id)
		.execute();

	const published = { status: 'published' as const };
	// 1 free event with topic "Bewegung" by the Kita.
	await createEvent(
		ctx,
		me,
		a.id,
		eventInput({
			title: 'Bewegungsfest',
			start: berlin('2025-03-10', '10:00'),
			end: berlin('2025-03-10', '12:00'),
			topicIds: [move.id],
			targetGroups: ['0-3', 'parents'],
			organiserPartnerId: kita.id
		}),
		published
	);
	// A weekly series with a fee: three of its four dates fall in 2025.
	await createEvent(
		ctx,
		me,
		a.id,
		eventInput({
			title: 'Sprachtreff',
			start: berlin('2025-12-17', '16:00'),
			end: berlin('2025-12-17', '17:00'),
			rrule: 'FREQ=WEEKLY;COUNT=4',
			topicIds: [language.id],
			targetGroups: ['6-10'],
			cost: { kind: 'amount', cents: 500, note: '' }
		}),
		published
	);
	// Half past midnight on New Year's Day in Musterstadt: still 2024 in UTC, 2025 here.
	await createEvent(
		ctx,
		me,
		a.id,
		eventInput({
			title: 'Neujahrslauf',
			start: berlin('2025-01-01', '00:30'),
			end: berlin('2025-01-01', '01:30'),
			topicIds: [],
			targetGroups: ['everyone'],
			organiserPartnerId: club.id
		}),
		published
	);
	// Not counted: a draft, last year, and another alliance's event.
	await createEvent(
		ctx,
		me,
		a.id,
		eventInput({ start: berlin('2025-05-05', '10:00'), end: berlin('2025-05-05', '11:00') })
	);
	await createEvent(
		ctx,
		me,
		a.id,
		eventInput({ start: berlin('2024-12-31', '23:00'), end: berlin('2024-12-31', '23:45') }),
		published
	);
	await createEvent(
		ctx,
		actor(coordinatorB),
		b.id,
		eventInput({ start: berlin('2025-06-01', '10:00'), end: berlin('2025-06-01', '11:00') }),
		published
	);

	await makeProject(ctx, a.id, 'Familienpass', {
		status: 'running',
		startsOn: '2025-02-01',
		endsOn: null
	});
	await makeProject(ctx, a.id, 'Lesepaten', {
		status: 'completed',
		startsOn: '2023-09-01',
		endsOn: '2025-06-30'
	});
	await makeProject(ctx, a.id, 'Ferienspiele', {
		status: 'completed',
		startsOn: '2025-04-01',
		endsOn: '2025-08-31'
	});
	await makeProject(ctx, a.id, 'Altes Projekt', {
		status: 'completed',
		startsOn: '2022-01-01',
		endsOn: '2024-10-01'
	});
	await makeProject(ctx, b.id, 'Fremdes Projekt', {
		status: 'running',
		startsOn: '2025-02-01',
		endsOn: null
	});

	const group = await makeWorkingGroup(ctx, a.id, 'AG Kinderbetreuung');
	await makeMeeting(ctx, a.id, group.id, '2025-02-10T17:00:00.000Z');
	await makeMeeting(ctx, a.id, group.id, '2025-09-15T16:00:00.000Z');
	await makeMeeting(ctx, a.id, null, '2025-11-20T17:00:00.000Z');
	await makeMeeting(ctx, a.id, null, '2024-11-20T17:00:00.000Z');
	await makeMeeting(ctx, b.id, null, '2025-11-20T17:00:00.000Z');

	const care = await makeConcernCategory(ctx, a.id, 'Kinderbetreuung');
	const housing = await makeConcernCategory(ctx, a.id, 'Wohnen');
	await makeConcern(ctx, a.id, care, '2025-02-01T10:00:00.000Z', '2025-02-03T10:00:00.000Z');
	await makeConcern(ctx, a.id, care, '2025-03-01T10:00:00.000Z', '2025-03-05T10:00:00.000Z');
	await makeConcern(ctx, a.id, housing, '2025-04-01T10:00:00.000Z', null);
	await makeConcern(ctx, a.id, housing, '2024-04-01T10:00:00.000Z', null);
});

afterAll(async () => {
	await ctx?.close();
});

describe('the annual report', () => {
	it('counts the year’s events, partners, projects, meetings and concerns of this alliance only', async () => {
		const { report } = await reportForAdmin(ctx, actor(coordinator), a.id, 2025);
		const f = report.figures;
		expect(f.events).toEqual({
			held: 5,
			free: 2,
			notFree: 3,
			byTopic: [
				{ label: 'Sprache', count: 3 },
				{ label: 'Bewegung', count: 1 }
			],
			byGroup: [
				{ label: '6-10', count: 3 },
				{ label: '0-3', count: 1 },
				{ label: 'everyone', count: 1 },
				{ label: 'parents', count: 1 }
			],
			byOrganiser: [
				{ label: '', count: 3 },
				{ label: 'Kita Sonnenschein', count: 1 },
				{ label: 'TV Musterstadt', count: 1 }
			]
		});
		expect(f.partnersJoined).toEqual(['Kita Sonnenschein']);
		expect(f.projectsStarted).toEqual(['Familienpass', 'Ferienspiele']);
		expect(f.projectsCompleted).toEqual(['Ferienspiele', 'Lesepaten']);
		expect(f.meetings).toEqual({
			total: 3,
			byGroup: [
				{ label: 'AG Kinderbetreuung', count: 2 },
				{ label: '', count: 1 }
			]
		});
		expect(f.concerns.total).toMatchObject({ count: 3, answered: 2, medianDays: 3 });
		expect(f.concerns.categories.map((c) => [c.category, c.count])).toEqual([
			['Kinderbetreuung', 2],
			['Wohnen', 1]
		]);
	});

	it('is public only once published, and only coordinators of the alliance edit it', async () => {
		const input = reportTextSchema.parse({
			foreword: 'Ein bewegtes Jahr liegt hinter uns.',
			highlights: 'Bewegungsfest im März\nNeuer Sprachtreff',
			outlook: 'Im nächsten Jahr feiern wir zehn Jahre Bündnis.',
			surveyIds: crypto.randomUUID()
		});
		const saved = await saveReportText(ctx, actor(coordinator), a.id, 2025, input);
		expect(saved.surveyIds).toEqual([]); // not a survey of this alliance
		expect(await publicReport(ctx, a.id, 2025)).toBeNull();
		expect(await publishedYears(ctx, a.id)).toEqual([]);

		await expect(
			saveReportText(ctx, actor(partnerPerson), a.id, 2025, input)
		).rejects.toBeInstanceOf(AppError);
		const outsider = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		await expect(saveReportText(ctx, actor(outsider), a.id, 2025, input)).rejects.toMatchObject({
			status: 403
		});

		await saveReportText(ctx, actor(coordinator), a.id, 2025, { ...input, published: true });
		expect(await publishedYears(ctx, a.id)).toEqual([2025]);
		expect(await publishedYears(ctx, b.id)).toEqual([]);
		expect(await publicReport(ctx, b.id, 2025)).toBeNull();
		const report = await publicReport(ctx, a.id, 2025);
		expect(report?.text.foreword).toBe('Ein bewegtes Jahr liegt hinter uns.');
		expect(report?.figures.events.held).toBe(5);
	});

	it('prints the counted figures into its PDF', async () => {
		const report = await publicReport(ctx, a.id, 2025);
		const text = await pdfText(await reportPdf(report!, a.name, 'de'));
		expect(text).toContain('Bündnis für Familie Musterstadt – Jahresbericht 2025');
		expect(text).toContain('Ein bewegtes Jahr liegt hinter uns.');
		expect(text).toContain('Veranstaltungen fanden statt: 5');
		expect(text).toContain('davon kostenlos: 2');
		expect(text).toContain('davon mit Kosten: 3');
		expect(text).toMatch(bar('Sprache', 3));
		expect(text).toMatch(bar('6–10 Jahre', 3));
		expect(text).toMatch(bar('ohne Bündnispartner', 3));
		expect(text).toContain('Partner sind neu dazugekommen: 1');
		expect(text).toContain('Kita Sonnenschein');
		expect(text).toContain('Projekte haben begonnen: 2');
		expect(text).toContain('Projekte wurden abgeschlossen: 2');
		expect(text).toContain('Treffen der Arbeitsgruppen und des Koordinierungsteams: 3');
		expect(text).toMatch(bar('AG Kinderbetreuung', 2));
		expect(text).toContain('Anliegen sind bei uns eingegangen: 3');
		expect(text).toContain('(Median) 3 Tage');
		expect(text).toContain('Im nächsten Jahr feiern wir zehn Jahre Bündnis.');
	});

	it('prints the photos with their descriptions, a WebP upload included', async () => {
		const webp = await sharp({
			create: { width: 1600, height: 900, channels: 3, background: '#d98b2b' }
		})
			.webp()
			.toBuffer();
		const added = await addReportPhoto(
			ctx,
			actor(coordinator),
			a.id,
			2025,
			new File([new Uint8Array(webp)], 'sommerfest.webp', { type: 'image/webp' }),
			'Kinder beim Sommerfest am Hafen'
		);
		expect(added.ok).toBe(true);
		const report = (await publicReport(ctx, a.id, 2025))!;
		const photos = await reportPdfPhotos(ctx, a.id, report);
		expect(photos).toHaveLength(1);
		// Handed to the PDF as JPEG (PDFKit reads JPEG and PNG only).
		expect([...photos[0]!.data.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
		const bytes = await reportPdf(report, a.name, 'de', photos);
		const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
		const ops = await (await pdf.getPage(1)).getOperatorList();
		const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
		expect(ops.fnArray).toContain(OPS.paintImageXObject);
		expect(await pdfText(bytes)).toContain('Kinder beim Sommerfest am Hafen');
		// Another alliance's coordinator cannot add to this report.
		const outsider = await makePerson(ctx, { alliance: b, role: 'coordinator' });
		await expect(
			addReportPhoto(
				ctx,
				actor(outsider),
				a.id,
				2025,
				new File([new Uint8Array(webp)], 'x.webp'),
				'x'
			)
		).rejects.toMatchObject({ status: 403 });
	});

	it('demo: last year’s report is published, with events counted and the needs survey', async () => {
		const demo = await makeAlliance(ctx, { slug: 'bericht-demo', name: 'Bündnis Musterstadt' });
		await seedPartnersDemo(ctx, demo.id);
		await seedSurveysDemo(ctx, demo.id);
		const year = await seedReportDemo(ctx, demo.id);
		expect(year).toBe(new Date().getUTCFullYear() - 1);
		expect(await publishedYears(ctx, demo.id)).toEqual([year]);
		const report = await publicReport(ctx, demo.id, year);
		// 1 + 10 monthly + 1 + 5 daily + 1 + 1
		expect(report?.figures.events).toMatchObject({ held: 19, free: 14, notFree: 5 });
		expect(report?.figures.events.byOrganiser).toContainEqual({
			label: 'Familienzentrum Am Hafen',
			count: 10
		});
		expect(report?.surveys.map((s) => s.survey.title)).toContain(
			'Bedarfsanalyse: Was fehlt Familien in Musterstadt?'
		);
		const text = await pdfText(await reportPdf(report!, demo.name, 'de'));
		expect(text).toContain('Veranstaltungen fanden statt: 19');
		expect(text).toContain('Bedarfsanalyse: Was fehlt Familien in Musterstadt?');
	});
});
