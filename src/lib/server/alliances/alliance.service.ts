import type { ServiceContext } from '../context.ts';
import * as repo from './alliance.repository.ts';
import { ensureLegalPages } from '../content/legal-pages.ts';
import type { Alliance, BankDetails, Imprint, SocialLink } from './alliance.types.ts';

function parseJson<T>(text: string | null | undefined, fallback: T): T {
	if (!text) return fallback;
	try {
		return { ...fallback, ...(JSON.parse(text) as T) };
	} catch {
		return fallback;
	}
}

const emptyImprint: Imprint = {
	provider: '',
	representative: '',
	address: '',
	email: '',
	phone: '',
	register: '',
	responsible: ''
};
const emptyBank: BankDetails = { holder: '', iban: '', bic: '', bank: '', purpose: '' };

export function toAlliance(row: repo.AllianceRow): Alliance {
	let social: SocialLink[] = [];
	try {
		const parsed = JSON.parse(row.social_links) as unknown;
		if (Array.isArray(parsed)) social = parsed as SocialLink[];
	} catch {
		social = [];
	}
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		shortName: row.short_name || row.name,
		town: row.town,
		domain: row.domain,
		motto: row.motto,
		mottoSource: row.motto_source,
		welcomeHtml: row.welcome_html,
		foundingYear: row.founding_year,
		patron: {
			name: row.patron_name,
			role: row.patron_role,
			text: row.patron_text,
			photoId: row.patron_photo_id
		},
		logoId: row.logo_id,
		colors: { primary: row.color_primary, accent: row.color_accent },
		contact: { email: row.contact_email, phone: row.contact_phone, address: row.contact_address },
		socialLinks: social,
		imprint: parseJson(row.imprint, emptyImprint),
		bank: parseJson(row.bank, emptyBank),
		contentVersion: row.content_version,
		liveSince: row.live_since ?? null,
		privacyReviewedAt: row.privacy_reviewed_at ?? null
	};
}

export async function listAlliances(ctx: Pick<ServiceContext, 'db'>): Promise<Alliance[]> {
	return (await repo.findAllAlliances(ctx.db)).map(toAlliance);
}

export async function getAlliance(
	ctx: Pick<ServiceContext, 'db'>,
	id: string
): Promise<Alliance | undefined> {
	const row = await repo.findAllianceById(ctx.db, id);
	return row && toAlliance(row);
}

export interface NewAlliance {
	slug: string;
	name: string;
	shortName?: string;
	town?: string;
	domain?: string | null;
	/**
	 * Public at once (the demo, tests) or not yet: a new alliance of the platform area starts with
	 * a holding page until its coordinators go live (alliance-launch.service.ts).
	 */
	live?: boolean;
}

/** Creates an alliance (the tenant). Its required pages come from content/legal-pages. */
export async function createAlliance(
	ctx: Pick<ServiceContext, 'db'>,
	input: NewAlliance
): Promise<Alliance> {
	const id = crypto.randomUUID();
	const now = new Date().toISOString();
	await repo.insertAlliance(ctx.db, {
		id,
		slug: input.slug,
		name: input.name,
		short_name: input.shortName ?? '',
		town: input.town ?? '',
		domain: input.domain ?? null,
		created_at: now,
		updated_at: now,
		live_since: input.live === false ? null : now,
		privacy_reviewed_at: input.live === false ? null : now
	});
	await ensureLegalPages(ctx, id);
	const created = await getAlliance(ctx, id);
	if (!created) throw new Error('alliance not created');
	return created;
}
