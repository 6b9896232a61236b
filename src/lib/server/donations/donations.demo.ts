import type { DB } from '../db/db.ts';
import * as repo from './donation.repository.ts';

/* Two demo donation purposes of Musterstadt (fictional), one with a goal. */

export async function seedDonationsDemo(db: DB, allianceId: string): Promise<void> {
	const now = new Date().toISOString();
	await repo.insertPurpose(db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		title: 'Ferienfreizeit für alle Kinder',
		body: 'Eine Woche Zeltlager am See – auch für Kinder, deren Eltern sich das nicht leisten können. Mit 50 Euro übernehmen Sie einen Tag für ein Kind.',
		goal_cents: 300_000,
		raised_cents: 184_500,
		remittance: 'Spende Ferienfreizeit',
		thanks:
			'Herzlichen Dank! Mit Ihrer Spende fahren im Sommer wieder Kinder mit, die sonst zu Hause bleiben müssten.',
		position: 1,
		created_at: now,
		updated_at: now
	});
	await repo.insertPurpose(db, {
		id: crypto.randomUUID(),
		alliance_id: allianceId,
		title: 'Familienfest im Stadtpark',
		body: 'Hüpfburg, Spielstraße und Kinderschminken – das Familienfest ist für alle Familien kostenlos. Ihre Spende hilft bei Miete und Material.',
		goal_cents: null,
		raised_cents: null,
		remittance: 'Spende Familienfest',
		thanks: 'Vielen Dank für Ihre Unterstützung! Wir freuen uns, Sie beim Familienfest zu sehen.',
		position: 2,
		created_at: now,
		updated_at: now
	});
}
