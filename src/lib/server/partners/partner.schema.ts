import { z } from 'zod';
import type { PartnerKind } from './partner.table.ts';
import { optionalDateField } from '../http/date-fields.ts';

/** Input of the partner forms. Messages are i18n keys (see http/forms.ts issueToMessage). */

export const PARTNER_KINDS = [
	'institution',
	'company',
	'association',
	'federation',
	'kita',
	'school',
	'administration',
	'politics',
	'church',
	'individual',
	'other'
] as const satisfies readonly PartnerKind[];

function isPartnerKind(value: unknown): value is PartnerKind {
	return typeof value === 'string' && (PARTNER_KINDS as readonly string[]).includes(value);
}

const text = (max: number) => z.string().trim().max(max).default('');

export const optionalEmail = z
	.string()
	.trim()
	.max(254)
	.toLowerCase()
	.default('')
	.refine((v) => v === '' || z.email().safeParse(v).success, { message: 'error.email' });

/** "www.beispiel.de" is accepted and stored as "https://www.beispiel.de". */
export const optionalUrl = z
	.string()
	.trim()
	.max(300)
	.default('')
	.transform((v) => (v && !/^https?:\/\//i.test(v) ? `https://${v}` : v))
	.refine((v) => v === '' || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(v), {
		message: 'error.url'
	});

const optionalDate = optionalDateField;

const idList = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

const kind = z.enum(PARTNER_KINDS, { message: 'partners.error.kind' });

/** What a partner contact may change about their own organisation. */
export const partnerProfileSchema = z.object({
	name: z.string().trim().min(2).max(150),
	kind,
	description: text(5000),
	contribution: text(2000),
	street: text(150),
	postalCode: z
		.string()
		.trim()
		.default('')
		.refine((v) => v === '' || /^\d{5}$/.test(v), { message: 'partners.error.postalCode' }),
	city: text(100),
	district: text(100),
	website: optionalUrl,
	publicEmail: optionalEmail,
	publicPhone: text(50),
	internalContactName: text(150),
	internalEmail: optionalEmail,
	internalPhone: text(50),
	topics: idList
});
export type PartnerProfileInput = z.infer<typeof partnerProfileSchema>;

/** Coordinators also keep notes and the joining date. */
export const partnerAdminSchema = partnerProfileSchema.extend({
	internalNotes: text(5000),
	joinedOn: optionalDate
});
export type PartnerAdminInput = z.infer<typeof partnerAdminSchema>;

/** The directory's filters, read from the address; anything odd is simply ignored. */
export interface PartnerFilters {
	kind: PartnerKind | '';
	topic: string;
	district: string;
	q: string;
}

export function readPartnerFilters(params: URLSearchParams): PartnerFilters {
	const k = params.get('art') ?? '';
	return {
		kind: isPartnerKind(k) ? k : '',
		topic: (params.get('thema') ?? '').trim().slice(0, 80),
		district: (params.get('stadtteil') ?? '').trim().slice(0, 100),
		q: (params.get('suche') ?? '').trim().slice(0, 100)
	};
}

const consent = (key: string) => z.literal('on', { message: key });

/** "Bündnispartner werden": the public application. */
export const applicationSchema = z.object({
	organisation: z.string().trim().min(2).max(150),
	kind,
	contactName: z.string().trim().min(2).max(150),
	email: z.string().trim().min(1).max(254).toLowerCase().pipe(z.email()),
	phone: text(50),
	website: optionalUrl,
	district: text(100),
	contribution: z.string().trim().min(10).max(3000),
	message: text(3000),
	consentPrinciples: consent('partners.apply.error.consentPrinciples'),
	consentPrivacy: consent('partners.apply.error.consentPrivacy')
});
export type ApplicationInput = z.infer<typeof applicationSchema>;

export const decisionSchema = z.object({
	id: z.string().trim().min(1).max(100),
	note: text(3000)
});

export const contactEmailSchema = z.object({
	email: z.string().trim().min(1).max(254).toLowerCase().pipe(z.email())
});
