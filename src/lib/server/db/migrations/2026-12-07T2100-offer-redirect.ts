import type { Kysely } from 'kysely';

/*
 * The addresses of offers merged into another one (offer-admin.service.ts `mergeOffers`): the
 * deleted entry's page was printed in the Familienwegweiser booklet as a QR code and bookmarked
 * by families. Its address now leads to the entry it was merged into (301) instead of a 404.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('offer_redirect')
		.addColumn('alliance_id', 'text', (c) =>
			c.notNull().references('alliance.id').onDelete('cascade')
		)
		.addColumn('slug', 'text', (c) => c.notNull())
		.addColumn('offer_id', 'text', (c) => c.notNull().references('offer.id').onDelete('cascade'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('offer_redirect_pk', ['alliance_id', 'slug'])
		.execute();
	await db.schema
		.createIndex('offer_redirect_offer_idx')
		.on('offer_redirect')
		.column('offer_id')
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('offer_redirect').execute();
}
