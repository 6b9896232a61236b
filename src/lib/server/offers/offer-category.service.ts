import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contentChanged } from '../alliances/content-changed.ts';
import type { ServiceContext } from '../context.ts';
import { slugify } from '../partners/partner-text.ts';
import * as categoryRepo from './offer-category.repository.ts';
import type { OfferCategory } from './offer.types.ts';

/*
 * The "Lebenslagen" an alliance sorts its offers by (an HSDS taxonomy). Every alliance starts
 * with the thirteen below; coordinators rename, describe, order, add and remove them.
 */

export const DEFAULT_CATEGORIES: { slug: string; name: string; description: string }[] = [
	{
		slug: 'schwangerschaft-geburt',
		name: 'Schwangerschaft und Geburt',
		description: 'Hebammen, Geburtsvorbereitung, Beratung rund um die Geburt'
	},
	{
		slug: 'baby-kleinkind',
		name: 'Baby und Kleinkind',
		description: 'Krabbelgruppen, Eltern-Kind-Kurse, die ersten Jahre'
	},
	{
		slug: 'kinderbetreuung',
		name: 'Kinderbetreuung',
		description: 'Kita, Tagespflege, Ferien- und Randzeitenbetreuung'
	},
	{
		slug: 'schule',
		name: 'Schule',
		description: 'Hausaufgabenhilfe, Lernförderung, Übergang in die Schule'
	},
	{
		slug: 'freizeit-sport',
		name: 'Freizeit und Sport',
		description: 'Vereine, Kurse, Treffpunkte für Kinder und Jugendliche'
	},
	{
		slug: 'beratung-hilfe',
		name: 'Beratung und Hilfe',
		description: 'Erziehungsberatung, Familienhilfe, Hilfe in Krisen'
	},
	{
		slug: 'gesundheit',
		name: 'Gesundheit',
		description: 'Vorsorge, Ernährung, seelische Gesundheit'
	},
	{
		slug: 'pflege-angehoerige',
		name: 'Pflege von Angehörigen',
		description: 'Pflegeberatung, Entlastung, Gesprächskreise'
	},
	{
		slug: 'geld-leistungen',
		name: 'Geld und Leistungen',
		description: 'Elterngeld, Kinderzuschlag, Familienpass, Schuldnerberatung'
	},
	{
		slug: 'beruf-familie',
		name: 'Beruf und Familie',
		description: 'Wiedereinstieg, Vereinbarkeit, familienfreundliche Arbeitgeber'
	},
	{
		slug: 'alleinerziehende',
		name: 'Alleinerziehende',
		description: 'Treffpunkte, Beratung, Unterstützung im Alltag'
	},
	{
		slug: 'migration-sprache',
		name: 'Migration und Sprache',
		description: 'Sprachkurse, Begleitung, Beratung in vielen Sprachen'
	},
	{
		slug: 'behinderung-inklusion',
		name: 'Behinderung und Inklusion',
		description: 'Frühförderung, inklusive Angebote, Beratung'
	}
];

function toCategory(
	r: Awaited<ReturnType<typeof categoryRepo.findCategories>>[number]
): OfferCategory {
	return { id: r.id, slug: r.slug, name: r.name, description: r.description, position: r.position };
}

/** The alliance's categories; the default ones are added the first time they are asked for. */
export async function listCategories(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<OfferCategory[]> {
	const rows = await categoryRepo.findCategories(ctx.db, allianceId);
	if (rows.length) return rows.map(toCategory);
	return ensureDefaultCategories(ctx, allianceId);
}

export async function ensureDefaultCategories(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<OfferCategory[]> {
	const existing = await categoryRepo.findCategories(ctx.db, allianceId);
	if (existing.length) return existing.map(toCategory);
	try {
		await categoryRepo.insertCategories(
			ctx.db,
			DEFAULT_CATEGORIES.map((c, i) => ({
				id: crypto.randomUUID(),
				alliance_id: allianceId,
				slug: c.slug,
				name: c.name,
				description: c.description,
				position: (i + 1) * 10
			}))
		);
	} catch {
		// Another request added them at the same moment (unique slug): read theirs.
	}
	return (await categoryRepo.findCategories(ctx.db, allianceId)).map(toCategory);
}

type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

export async function saveCategory(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string | null,
	input: { name: string; description: string; position: number }
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	if (id) {
		const n = await categoryRepo.updateCategory(ctx.db, allianceId, id, input);
		if (!n) throw new AppError('NOT_FOUND', 'error.notFound');
	} else {
		const existing = await categoryRepo.findCategories(ctx.db, allianceId);
		const base = slugify(input.name, 'lebenslage');
		let slug = base;
		for (let i = 2; existing.some((c) => c.slug === slug); i++) slug = `${base}-${i}`;
		await categoryRepo.insertCategories(ctx.db, [
			{ id: crypto.randomUUID(), alliance_id: allianceId, slug, ...input }
		]);
	}
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: id ? 'update' : 'create',
		entity: 'offer_category',
		entityId: id ?? undefined,
		summary: input.name
	});
	await contentChanged(ctx, allianceId);
}

/** Removes a category; offers keep their other categories. Refused while it is an offer's only one. */
export async function removeCategory(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	id: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const inUse = await categoryRepo.countOffersInCategory(ctx.db, allianceId, id);
	if (inUse) throw new AppError('CONFLICT', 'offers.error.categoryInUse');
	const n = await categoryRepo.deleteCategory(ctx.db, allianceId, id);
	if (!n) throw new AppError('NOT_FOUND', 'error.notFound');
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'delete',
		entity: 'offer_category',
		entityId: id,
		summary: id
	});
	await contentChanged(ctx, allianceId);
}
