import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson, type TestPerson } from '../../../../tests/factories/accounts.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { AppError } from '../app-error.ts';
import { parseCsv } from '../offers/offer-csv.ts';
import { createPartner } from './partner-edit.service.ts';
import { listPartnersForAdmin, partnerRecord } from './partner.service.ts';
import {
	exportPartnersCsv,
	importPartnersCsv,
	previewPartnersCsv
} from './partner-import.service.ts';
import { PARTNER_CSV_COLUMNS } from './partner-csv.ts';

let ctx: TestContext;
let a: Alliance;
let b: Alliance;
let coordinator: TestPerson;
let editor: TestPerson;
let coordinatorB: TestPerson;
let kitaId: string;

const actor = (p: TestPerson) => ({ userId: p.userId, platformAdmin: false });

/** A CSV as a spreadsheet saves it: header line, then rows; semicolons. */
function csv(rows: Record<string, string>[]): string {
	const header = [...PARTNER_CSV_COLUMNS];
	const cell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	return [header.join(';'), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(';'))].join(
		'\r\n'
	);
}

beforeAll(async () => {
	ctx = await createTestContext();
	a = await makeAlliance(ctx);
	b = await makeAlliance(ctx);
	coordinator = await makePerson(ctx, { alliance: a, role: 'coordinator' });
	editor = await makePerson(ctx, { alliance: a, role: 'editor' });
	coordinatorB = await makePerson(ctx, { alliance: b, role: 'coordinator' });
	const now = new Date().toISOString();
	await ctx.db
		.insertInto('topic')
		.values({
			id: crypto.randomUUID(),
			alliance_id: a.id,
			slug: 'gute-kinderbetreuung',
			name: 'Gute Kinderbetreuung',
			created_at: now,
			updated_at: now
		})
		.execute();
	kitaId = (
		await createPartner(
			ctx,
			actor(coordinator),
			a.id,
			{
				name: 'Kita Sonnenblume',
				kind: 'kita',
				description: 'Eine Kita mit Garten.',
				contribution: 'Ferienbetreuung; auch „Notfälle“',
				street: 'Lindenweg 3',
				postalCode: '12345',
				city: 'Musterstadt',
				district: 'Nord',
				website: 'https://kita.example',
				publicEmail: 'info@kita.example',
				publicPhone: '0123 1',
				internalContactName: 'Frau Özdemir',
				internalEmail: 'leitung@kita.example',
				internalPhone: '0123 2',
				internalNotes: '=nicht rechnen',
				joinedOn: '2021-03-01',
				topics: []
			},
			null
		)
	).id;
	await createPartner(
		ctx,
		actor(coordinatorB),
		b.id,
		{
			name: 'Partner im anderen Bündnis',
			kind: 'other',
			description: '',
			contribution: '',
			street: '',
			postalCode: '',
			city: '',
			district: '',
			website: '',
			publicEmail: '',
			publicPhone: '',
			internalContactName: '',
			internalEmail: '',
			internalPhone: '',
			internalNotes: '',
			joinedOn: '',
			topics: []
		},
		null
	);
});
afterAll(async () => {
	await ctx.close();
});

describe('partners as CSV', () => {
	it('exports every partner of the alliance in the import format, for coordinators only', async () => {
		const text = await exportPartnersCsv(ctx, actor(coordinator), a.id);
		expect(text.startsWith('\uFEFF')).toBe(true);
		const [header, ...rows] = parseCsv(text)!;
		expect(header).toEqual([...PARTNER_CSV_COLUMNS]);
		expect(rows).toHaveLength(1);
		const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
		expect(row).toMatchObject({
			id: kitaId,
			name: 'Kita Sonnenblume',
			art: 'Kita',
			beitrag: 'Ferienbetreuung; auch „Notfälle“',
			email_intern: 'leitung@kita.example',
			notizen_intern: "'=nicht rechnen",
			mitglied_seit: '2021-03-01',
			status: 'aktiv'
		});
		expect(text).not.toContain('Partner im anderen Bündnis');
		await expect(exportPartnersCsv(ctx, actor(editor), a.id)).rejects.toBeInstanceOf(AppError);
		await expect(exportPartnersCsv(ctx, actor(coordinatorB), a.id)).rejects.toBeInstanceOf(
			AppError
		);
	});

	it('shows every row’s errors in the preview and imports nothing while one row is wrong', async () => {
		const text = csv([
			{
				name: 'Familienzentrum Am Hafen',
				art: 'Verein',
				plz: '12345',
				themen: 'Gute Kinderbetreuung'
			},
			{
				name: 'X',
				art: 'Raumschiff',
				plz: '123',
				email_oeffentlich: 'kein-at',
				themen: 'Mondfahrt'
			},
			{ name: 'Kita Sonnenblume', art: 'Kita' },
			{ id: 'gibt-es-nicht', name: 'Unbekannt' }
		]);
		const preview = await previewPartnersCsv(ctx, actor(coordinator), a.id, text);
		const errors = preview!.rows.map((r) => r.errors.map((e) => `${e.field}:${e.key}`));
		expect(errors[0]).toEqual([]);
		expect(errors[1]).toEqual(
			expect.arrayContaining([
				'art:partners.csv.errorKind',
				'themen:partners.csv.errorTopic',
				'plz:partners.error.postalCode',
				'email_oeffentlich:error.email',
				expect.stringMatching(/^name:/)
			])
		);
		expect(errors[2]).toEqual(['name:partners.csv.errorExists']);
		expect(errors[3]).toEqual(['id:partners.csv.errorId']);
		expect(preview!.rows.map((r) => r.line)).toEqual([2, 3, 4, 5]);

		const result = await importPartnersCsv(ctx, actor(coordinator), a.id, text);
		expect(result!.imported).toBe(0);
		const names = (await listPartnersForAdmin(ctx, actor(coordinator), a.id)).map((p) => p.name);
		expect(names).toEqual(['Kita Sonnenblume']);
		expect(await previewPartnersCsv(ctx, actor(coordinator), a.id, 'nur;quatsch\n1;2')).toBeNull();
	});

	it('imports all rows at once: changes partners by id, adds new ones, round-trips the export', async () => {
		const exported = await exportPartnersCsv(ctx, actor(coordinator), a.id);
		const [header, ...rows] = parseCsv(exported)!;
		const kita = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]!]));
		const text = csv([
			{ ...kita, stadtteil: 'Am Hafen', themen: 'gute-kinderbetreuung', status: 'deaktiviert' },
			{
				name: 'Familienzentrum Am Hafen',
				art: 'verein',
				strasse: 'Kaistraße 12',
				plz: '12349',
				ort: 'Musterstadt',
				website: 'www.fz-hafen.example',
				mitglied_seit: '1.9.2019',
				themen: 'Gute Kinderbetreuung'
			}
		]);
		const result = await importPartnersCsv(ctx, actor(coordinator), a.id, text);
		expect(result!.rows.flatMap((r) => r.errors)).toEqual([]);
		expect(result).toMatchObject({ imported: 2, created: 1 });

		const kitaNow = await partnerRecord(ctx, a.id, kitaId);
		expect(kitaNow).toMatchObject({
			name: 'Kita Sonnenblume',
			district: 'Am Hafen',
			status: 'inactive',
			contribution: 'Ferienbetreuung; auch „Notfälle“',
			internal: { notes: '=nicht rechnen', email: 'leitung@kita.example' },
			joinedOn: '2021-03-01'
		});
		expect(kitaNow!.topics.map((t) => t.slug)).toEqual(['gute-kinderbetreuung']);
		const list = await listPartnersForAdmin(ctx, actor(coordinator), a.id);
		const fz = list.find((p) => p.name === 'Familienzentrum Am Hafen')!;
		expect(fz).toMatchObject({ kind: 'association', status: 'active' });
		const fzRecord = await partnerRecord(ctx, a.id, fz.id);
		expect(fzRecord).toMatchObject({
			website: 'https://www.fz-hafen.example',
			joinedOn: '2019-09-01',
			street: 'Kaistraße 12'
		});
		// The other alliance is untouched, and its coordinator cannot import here.
		expect((await listPartnersForAdmin(ctx, actor(coordinatorB), b.id)).map((p) => p.name)).toEqual(
			['Partner im anderen Bündnis']
		);
		await expect(importPartnersCsv(ctx, actor(coordinatorB), a.id, text)).rejects.toBeInstanceOf(
			AppError
		);
	});
});
