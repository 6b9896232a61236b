import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { listCategories } from './offer-category.service.ts';
import { offersToCsv, readOfferCsv, type CsvRowResult } from './offer-csv.ts';
import { readOfferHsds } from './offer-hsds-import.ts';
import { insertInTransaction, updateInTransaction } from './offer-write.ts';
import * as repo from './offer.repository.ts';
import { hydrate, partnerChoices } from './offer.service.ts';
import { refreshStatistics } from '../db/statistics.ts';

/*
 * CSV import and export of offers for coordinators and editors; the import also reads HSDS 3.0
 * JSON (offer-hsds-import.ts: another Familienwegweiser's services). The import is checked row by
 * row first (preview with every row's errors); it writes only when no row has an error, and then
 * all rows in one transaction: all or nothing.
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;
const STAFF = ['coordinator', 'editor'] as const;

export async function exportOffersCsv(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string
): Promise<string> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	const rows = await repo.findOffersForAdmin(ctx.db, allianceId);
	return offersToCsv(await hydrate(ctx, allianceId, rows));
}

/** An HSDS file is JSON (an object or a list); a CSV file never starts with a brace or bracket. */
function isJson(text: string): boolean {
	return /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
}

export async function previewOffersCsv(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	text: string
): Promise<{ rows: CsvRowResult[] } | null> {
	await assertAllianceRole(ctx.db, actor, allianceId, STAFF);
	const [categories, partners, offers] = await Promise.all([
		listCategories(ctx, allianceId),
		partnerChoices(ctx, allianceId),
		repo.findOffersForAdmin(ctx.db, allianceId)
	]);
	const lookups = { categories, partners, offerIds: new Set(offers.map((o) => o.id)) };
	return isJson(text) ? readOfferHsds(text, lookups) : readOfferCsv(text, lookups);
}

/** Imports all rows or none. Returns the checked rows; `imported` is 0 when any row has an error. */
export async function importOffersCsv(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	text: string
): Promise<{ rows: CsvRowResult[]; imported: number } | null> {
	const preview = await previewOffersCsv(ctx, actor, allianceId, text);
	if (!preview) return null;
	if (!preview.rows.length || preview.rows.some((r) => r.errors.length)) {
		return { rows: preview.rows, imported: 0 };
	}
	await ctx.db.transaction().execute(async (trx) => {
		for (const row of preview.rows) {
			if (!row.values) continue;
			if (row.id)
				await updateInTransaction(trx, allianceId, row.id, row.values, { status: row.status });
			else await insertInTransaction(trx, allianceId, row.values, { status: row.status });
		}
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'import',
		entity: 'offer',
		summary: `${preview.rows.length} Angebote (${isJson(text) ? 'HSDS' : 'CSV'})`
	});
	// Many new rows: fresh planner statistics (PostgreSQL ANALYZE, SQLite optimize).
	await refreshStatistics(ctx.db);
	await contentChanged(ctx, allianceId);
	return { rows: preview.rows, imported: preview.rows.length };
}
