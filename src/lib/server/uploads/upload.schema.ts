import { z } from 'zod';

/** Largest image a person may upload (before resizing). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Largest document (PDF) a person may upload. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Images are scaled down to at most this width. */
export const IMAGE_MAX_WIDTH = 2000;
/** Images with more pixels than this are refused before decoding (decompression bombs). */
export const IMAGE_MAX_PIXELS = 120_000_000;

/** Types we accept, as sniffed from the bytes (never the name or the browser's claim). */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const DOCUMENT_TYPES = ['application/pdf'] as const;

/** Message keys of refused uploads (translated in the page, see i18n content.ts). */
export type UploadError =
	'upload.tooLarge' | 'upload.wrongType' | 'upload.empty' | 'upload.damaged';

const checkbox = z
	.union([z.literal('on'), z.literal('1'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === 'on' || v === '1' || v === 'true');

/** The text fields of the document upload form (the file itself is checked by the service). */
export const documentFieldsSchema = z.object({
	title: z.string().trim().min(1).max(200),
	description: z.string().trim().max(2000).default(''),
	listed: checkbox
});

/** The text fields of the image upload form. */
export const imageFieldsSchema = z.object({
	alt: z.string().trim().min(1, 'upload.altRequired').max(300)
});
