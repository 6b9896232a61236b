import { z } from 'zod';
import { SLUG_MAX, SLUG_PATTERN } from './slug.ts';

/** Top-level addresses that belong to the application itself, never to a page. */
export const RESERVED_SLUGS = new Set([
	'admin',
	'anmelden',
	'abmelden',
	'neuigkeiten',
	'dokumente',
	'kontakt',
	'impressum',
	'datenschutz',
	'dateien',
	'termine',
	'partner',
	'api',
	'feeds',
	'sprache',
	'einladung',
	'passwort-vergessen',
	'passwort-neu',
	'intern',
	'plattform',
	'b',
	'widget',
	'mitmachen',
	'themen',
	'projekte',
	'arbeitsgruppen'
]);

export const checkbox = z
	.union([z.literal('on'), z.literal('1'), z.literal('true'), z.literal('')])
	.optional()
	.transform((v) => v === 'on' || v === '1' || v === 'true');

const optionalId = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v ? v : null))
	.pipe(z.uuid('error.invalid').nullable());

/** A page as the service takes it (already typed). */
export const pageInputSchema = z.object({
	title: z.string().trim().min(1).max(200),
	/** Empty: made from the title. */
	slug: z
		.string()
		.trim()
		.max(SLUG_MAX)
		.refine((s) => s === '' || SLUG_PATTERN.test(s), 'error.slug')
		.default(''),
	summary: z.string().trim().max(300).default(''),
	body: z.string().max(300_000).default(''),
	parentId: z.uuid('error.invalid').nullable().default(null),
	published: z.boolean().default(false),
	inNav: z.boolean().default(true)
});
export type PageInput = z.input<typeof pageInputSchema>;

/** The page form (strings and checkboxes) as routes parse it. */
export const pageFormSchema = pageInputSchema.extend({
	parentId: optionalId,
	published: checkbox,
	inNav: checkbox
});
