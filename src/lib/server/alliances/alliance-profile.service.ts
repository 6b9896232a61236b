import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { AppError } from '../app-error.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { sanitizeRichText } from '../content/sanitize.ts';
import type { ServiceContext } from '../context.ts';
import { getFile } from '../uploads/upload.service.ts';
import { storeImage } from '../uploads/upload-store.service.ts';
import { updateImageAlt } from '../uploads/upload-edit.service.ts';
import * as repo from './alliance.repository.ts';
import type { ProfileInput } from './alliance.schema.ts';
import { getAlliance } from './alliance.service.ts';
import type { Alliance } from './alliance.types.ts';
import { contentChanged } from './content-changed.ts';
import { escapeHtml } from '../../escape-html.ts';

type Ctx = Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>;

export interface ProfileFiles {
	logo?: File | null;
	patronPhoto?: File | null;
}

const chosen = (file: File | null | undefined): file is File => !!file && file.size > 0;

/** Markup the rich-text editor produces; anything else is typed text. */
const RICH_TAG = /<\/?(p|h[2-4]|ul|ol|li|br|strong|em|u|s|a|blockquote|table|img)\b/i;

/**
 * The welcome text as stored: the rich-text editor sends HTML, the plain textarea (no
 * JavaScript) may send text – paragraphs separated by empty lines become <p>. Always sanitised.
 */
function welcomeToHtml(input: string): string {
	const value = input.trim();
	if (!value) return '';
	const html = RICH_TAG.test(value)
		? value
		: value
				.split(/\n\s*\n/)
				.map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
				.join('');
	return sanitizeRichText(html).html;
}

/** The alliance as the profile form shows it (coordinators only). */
export async function getProfile(ctx: Ctx, actor: Actor, allianceId: string): Promise<Alliance> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const alliance = await getAlliance(ctx, allianceId);
	if (!alliance) throw new AppError('NOT_FOUND', 'error.notFound');
	return alliance;
}

/** The description (alt text) the coordinators gave the patron's photo ('' without a photo). */
export async function patronPhotoAlt(ctx: Ctx, alliance: Alliance): Promise<string> {
	if (!alliance.patron.photoId) return '';
	return (await getFile(ctx, alliance.id, alliance.patron.photoId))?.alt ?? '';
}

/**
 * Saves the profile. Everything is checked before anything is written (the form schema did
 * the fields, this the files), and the row is written in one statement – a refused save leaves
 * the saved profile as it was.
 */
export async function updateProfile(
	ctx: Ctx,
	actor: Actor,
	allianceId: string,
	input: ProfileInput,
	files: ProfileFiles = {}
): Promise<Alliance> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const current = await getAlliance(ctx, allianceId);
	if (!current) throw new AppError('NOT_FOUND', 'error.notFound');
	const keepsPatronPhoto = !input.removePatronPhoto && !!current.patron.photoId;
	if ((chosen(files.patronPhoto) || keepsPatronPhoto) && !input.patronPhotoAlt) {
		throw new AppError('INVALID', 'admin.profile.error.altRequired', 'patronPhotoAlt');
	}

	let logoId = input.removeLogo ? null : current.logoId;
	if (chosen(files.logo)) {
		const stored = await storeImage(ctx, allianceId, actor.userId, files.logo, {
			alt: `Logo ${input.name}`,
			maxWidth: 800
		});
		if (!stored.ok) throw new AppError('INVALID', stored.error, 'logo');
		logoId = stored.file.id;
	}
	let patronPhotoId = input.removePatronPhoto ? null : current.patron.photoId;
	if (chosen(files.patronPhoto)) {
		const stored = await storeImage(ctx, allianceId, actor.userId, files.patronPhoto, {
			alt: input.patronPhotoAlt,
			maxWidth: 800
		});
		if (!stored.ok) throw new AppError('INVALID', stored.error, 'patronPhoto');
		patronPhotoId = stored.file.id;
	} else if (keepsPatronPhoto && current.patron.photoId) {
		// The description belongs to the photo: a changed one is saved without a new upload.
		await updateImageAlt(
			ctx,
			allianceId,
			actor.userId,
			current.patron.photoId,
			input.patronPhotoAlt
		);
	}

	await repo.updateAlliance(ctx.db, allianceId, {
		name: input.name,
		short_name: input.shortName,
		town: input.town,
		founding_year: input.foundingYear,
		logo_id: logoId,
		color_primary: input.colors.primary,
		color_accent: input.colors.accent,
		patron_name: input.patron.name,
		patron_role: input.patron.role,
		patron_text: input.patron.text,
		patron_photo_id: patronPhotoId,
		motto: input.motto,
		motto_source: input.mottoSource,
		welcome_html: welcomeToHtml(input.welcomeHtml),
		contact_email: input.contact.email,
		contact_phone: input.contact.phone,
		contact_address: input.contact.address,
		social_links: JSON.stringify(input.socialLinks),
		imprint: JSON.stringify(input.imprint),
		bank: JSON.stringify(input.bank),
		updated_at: new Date().toISOString()
	});
	await contentChanged(ctx, allianceId);
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'alliance',
		entityId: allianceId,
		summary: input.name
	});
	const saved = await getAlliance(ctx, allianceId);
	if (!saved) throw new Error('alliance vanished');
	return saved;
}
