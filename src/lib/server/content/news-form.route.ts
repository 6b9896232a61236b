import type { ServiceContext } from '../context.ts';
import { storeImage } from '../uploads/upload-store.service.ts';
import type { NewsForm } from './news.schema.ts';
import type { NewsInput } from './news.schema.ts';
import type { NewsPost } from './news.types.ts';
import { localToUtc } from './time.ts';

/*
 * Turns the news form (status, local date-time, optional new image with its description)
 * into the service's input. A new image is stored first; its description is required.
 */

export type NewsFormResult =
	{ ok: true; input: NewsInput } | { ok: false; errors: Record<string, string> };

export async function newsInputFromForm(
	ctx: Pick<ServiceContext, 'db' | 'uploadDir' | 'registry'>,
	allianceId: string,
	userId: string | null,
	form: NewsForm,
	image: File | null,
	existing?: NewsPost
): Promise<NewsFormResult> {
	let publishedAt: string | null = null;
	if (form.status === 'published') {
		if (form.publishAt) {
			const utc = localToUtc(form.publishAt);
			if (!utc) return { ok: false, errors: { publishAt: 'error.date' } };
			publishedAt = utc;
		} else {
			publishedAt =
				existing?.status === 'published' ? existing.publishedAt : new Date().toISOString();
		}
	}
	let imageId = form.removeImage ? null : (existing?.image?.id ?? null);
	if (image) {
		if (!form.imageAlt) return { ok: false, errors: { imageAlt: 'upload.altRequired' } };
		const stored = await storeImage(ctx, allianceId, userId, image, { alt: form.imageAlt });
		if (!stored.ok) return { ok: false, errors: { image: stored.error } };
		imageId = stored.file.id;
	}
	return {
		ok: true,
		input: {
			title: form.title,
			slug: form.slug,
			summary: form.summary,
			body: form.body,
			publishedAt,
			imageId
		}
	};
}
