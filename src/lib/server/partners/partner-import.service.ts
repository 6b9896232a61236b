import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { partnersToCsv, readPartnerCsv, type PartnerCsvRow } from './partner-csv.ts';
import * as repo from './partner.repository.ts';
import { applyProfile, insertPartnerRecord } from './partner-edit.service.ts';
import { toPartnerRecord } from './partner.service.ts';
import { refreshStatistics } from '../db/statistics.ts';

/*
 * CSV import and export of partners for coordinators (issue 8). The import is checked row by
 * row first (a preview with every row's errors); it writes only when no row has an error, and
 * then all rows in one transaction: all or nothing. Rows with an id change that partner; rows
 * without one add a partner.
 */

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;
const COORDINATOR = ['coordinator'] as const;

export async function exportPartnersCsv(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string
): Promise<string> {
	await assertAllianceRole(ctx.db, actor, allianceId, COORDINATOR);
	const [rows, topics] = await Promise.all([
		repo.findAllPartners(ctx.db, allianceId),
		repo.findPartnerTopics(ctx.db, allianceId, null)
	]);
	return partnersToCsv(
		rows.map((r) =>
			toPartnerRecord(
				r,
				topics
					.filter((t) => t.partner_id === r.id)
					.map(({ id, slug, name }) => ({ id, slug, name }))
			)
		)
	);
}

export async function previewPartnersCsv(
	ctx: Pick<ServiceContext, 'db'>,
	actor: Actor,
	allianceId: string,
	text: string
): Promise<{ rows: PartnerCsvRow[] } | null> {
	await assertAllianceRole(ctx.db, actor, allianceId, COORDINATOR);
	const [topics, partners] = await Promise.all([
		repo.findTopics(ctx.db, allianceId),
		repo.findPartnersForAdmin(ctx.db, allianceId)
	]);
	return readPartnerCsv(text, { topics, partners });
}

/** Imports all rows or none. `imported` is 0 when any row has an error. */
export async function importPartnersCsv(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	text: string
): Promise<{ rows: PartnerCsvRow[]; imported: number; created: number } | null> {
	const preview = await previewPartnersCsv(ctx, actor, allianceId, text);
	if (!preview) return null;
	if (!preview.rows.length || preview.rows.some((r) => r.errors.length || !r.values)) {
		return { rows: preview.rows, imported: 0, created: 0 };
	}
	let created = 0;
	await ctx.db.transaction().execute(async (trx) => {
		const tx = { db: trx };
		const now = new Date().toISOString();
		for (const row of preview.rows) {
			const values = row.values!;
			let id = row.id;
			if (id) await applyProfile(tx, allianceId, id, values, null);
			else {
				id = (await insertPartnerRecord(tx, allianceId, values)).id;
				created++;
			}
			await repo.updatePartner(trx, allianceId, id, { status: row.status, updated_at: now });
		}
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'import',
		entity: 'partner',
		summary: `${preview.rows.length} Partner (CSV)`
	});
	await contentChanged(ctx, allianceId);
	// Many new rows: fresh planner statistics (PostgreSQL ANALYZE, SQLite optimize).
	await refreshStatistics(ctx.db);
	return { rows: preview.rows, imported: preview.rows.length, created };
}
