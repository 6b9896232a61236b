import { z } from 'zod';
import { HEX_COLOR, meetsThemeContrast } from '../../color.ts';
import type { BankDetails, Imprint, SocialLink } from './alliance.types.ts';
import { formatIban, isValidBic, isValidIban, normalizeBic } from './iban.ts';

/*
 * The alliance profile form. Field names are flat (as the form posts them); messages are i18n
 * keys; the result is shaped like the Alliance domain type.
 */

const MAX_SOCIAL_LINKS = 6;

const text = (max: number) => z.string().trim().max(max).optional().default('');
const required = (max: number) => z.string().trim().min(1).max(max);

const optionalEmail = text(254)
	.transform((v) => v.toLowerCase())
	.refine((v) => v === '' || z.email().safeParse(v).success, { message: 'error.email' });

const color = z
	.string()
	.trim()
	.toLowerCase()
	.regex(HEX_COLOR, { message: 'error.color' })
	.refine(meetsThemeContrast, { message: 'admin.profile.error.contrast' });

const checkbox = z
	.string()
	.optional()
	.transform((v) => v === 'on' || v === '1' || v === 'true');

function isHttpsUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && !!url.hostname && !url.username && !url.password;
	} catch {
		return false;
	}
}

const socialFields = Object.fromEntries(
	Array.from({ length: MAX_SOCIAL_LINKS }, (_, i) => [
		[`social_${i}_label`, text(60)],
		[`social_${i}_url`, text(500)]
	]).flat()
) as Record<`social_${number}_${'label' | 'url'}`, ReturnType<typeof text>>;

export const profileSchema = z
	.object({
		name: required(200),
		shortName: text(80),
		town: text(120),
		foundingYear: text(4),
		logoRemove: checkbox,
		colorPrimary: color,
		colorAccent: color,
		patronName: text(200),
		patronRole: text(200),
		patronText: text(5000),
		patronPhotoAlt: text(300),
		patronPhotoRemove: checkbox,
		motto: text(300),
		mottoSource: text(200),
		welcomeHtml: z.string().max(100_000).optional().default(''),
		contactEmail: optionalEmail,
		contactPhone: text(60),
		contactAddress: text(500),
		...socialFields,
		imprintProvider: text(300),
		imprintRepresentative: text(300),
		imprintAddress: text(500),
		imprintEmail: optionalEmail,
		imprintPhone: text(60),
		imprintRegister: text(500),
		imprintResponsible: text(500),
		bankHolder: text(200),
		bankIban: text(50),
		bankBic: text(20),
		bankName: text(200),
		bankPurpose: text(140)
	})
	.superRefine((v, ctx) => {
		const year = v.foundingYear;
		if (year !== '') {
			const n = Number(year);
			if (!/^\d{4}$/.test(year) || n < 1900 || n > new Date().getFullYear()) {
				ctx.addIssue({
					code: 'custom',
					path: ['foundingYear'],
					message: 'admin.profile.error.year'
				});
			}
		}
		const all = v as unknown as Record<string, unknown>;
		for (let i = 0; i < MAX_SOCIAL_LINKS; i++) {
			const label = String(all[`social_${i}_label`] ?? '');
			const url = String(all[`social_${i}_url`] ?? '');
			if (!label && !url) continue;
			if (!url) {
				ctx.addIssue({
					code: 'custom',
					path: [`social_${i}_url`],
					message: 'admin.profile.error.socialUrl'
				});
			} else if (!isHttpsUrl(url)) {
				ctx.addIssue({
					code: 'custom',
					path: [`social_${i}_url`],
					message: 'admin.profile.error.https'
				});
			}
			if (!label) {
				ctx.addIssue({
					code: 'custom',
					path: [`social_${i}_label`],
					message: 'admin.profile.error.socialLabel'
				});
			}
		}
		const bankUsed = [v.bankHolder, v.bankIban, v.bankBic, v.bankName, v.bankPurpose].some(Boolean);
		if (bankUsed) {
			if (!v.bankHolder) {
				ctx.addIssue({
					code: 'custom',
					path: ['bankHolder'],
					message: 'admin.profile.error.bankIncomplete'
				});
			}
			if (!v.bankIban) {
				ctx.addIssue({
					code: 'custom',
					path: ['bankIban'],
					message: 'admin.profile.error.bankIncomplete'
				});
			} else if (!isValidIban(v.bankIban)) {
				ctx.addIssue({ code: 'custom', path: ['bankIban'], message: 'admin.profile.error.iban' });
			}
			if (v.bankBic && !isValidBic(v.bankBic)) {
				ctx.addIssue({ code: 'custom', path: ['bankBic'], message: 'admin.profile.error.bic' });
			}
		}
	})
	.transform((v) => {
		const all = v as unknown as Record<string, unknown>;
		const socialLinks: SocialLink[] = [];
		for (let i = 0; i < MAX_SOCIAL_LINKS; i++) {
			const label = String(all[`social_${i}_label`] ?? '');
			const url = String(all[`social_${i}_url`] ?? '');
			if (label && url) socialLinks.push({ label, url });
		}
		const imprint: Imprint = {
			provider: v.imprintProvider,
			representative: v.imprintRepresentative,
			address: v.imprintAddress,
			email: v.imprintEmail,
			phone: v.imprintPhone,
			register: v.imprintRegister,
			responsible: v.imprintResponsible
		};
		const bank: BankDetails = {
			holder: v.bankHolder,
			iban: v.bankIban ? formatIban(v.bankIban) : '',
			bic: v.bankBic ? normalizeBic(v.bankBic) : '',
			bank: v.bankName,
			purpose: v.bankPurpose
		};
		return {
			name: v.name,
			shortName: v.shortName,
			town: v.town,
			foundingYear: v.foundingYear === '' ? null : Number(v.foundingYear),
			colors: { primary: v.colorPrimary, accent: v.colorAccent },
			patron: { name: v.patronName, role: v.patronRole, text: v.patronText },
			patronPhotoAlt: v.patronPhotoAlt,
			removeLogo: v.logoRemove,
			removePatronPhoto: v.patronPhotoRemove,
			motto: v.motto,
			mottoSource: v.mottoSource,
			welcomeHtml: v.welcomeHtml,
			contact: { email: v.contactEmail, phone: v.contactPhone, address: v.contactAddress },
			socialLinks,
			imprint,
			bank
		};
	});

export type ProfileInput = z.output<typeof profileSchema>;

/** The form's flat values for an alliance (to fill the form with what is saved). */
export function profileFormValues(a: {
	name: string;
	shortName: string;
	town: string;
	foundingYear: number | null;
	colors: { primary: string; accent: string };
	patron: { name: string; role: string; text: string };
	motto: string;
	mottoSource: string;
	contact: { email: string; phone: string; address: string };
	socialLinks: SocialLink[];
	imprint: Imprint;
	bank: BankDetails;
}): Record<string, string> {
	const values: Record<string, string> = {
		name: a.name,
		shortName: a.shortName === a.name ? '' : a.shortName,
		town: a.town,
		foundingYear: a.foundingYear ? String(a.foundingYear) : '',
		colorPrimary: a.colors.primary,
		colorAccent: a.colors.accent,
		patronName: a.patron.name,
		patronRole: a.patron.role,
		patronText: a.patron.text,
		motto: a.motto,
		mottoSource: a.mottoSource,
		contactEmail: a.contact.email,
		contactPhone: a.contact.phone,
		contactAddress: a.contact.address,
		imprintProvider: a.imprint.provider,
		imprintRepresentative: a.imprint.representative,
		imprintAddress: a.imprint.address,
		imprintEmail: a.imprint.email,
		imprintPhone: a.imprint.phone,
		imprintRegister: a.imprint.register,
		imprintResponsible: a.imprint.responsible,
		bankHolder: a.bank.holder,
		bankIban: a.bank.iban,
		bankBic: a.bank.bic,
		bankName: a.bank.bank,
		bankPurpose: a.bank.purpose
	};
	a.socialLinks.slice(0, MAX_SOCIAL_LINKS).forEach((link, i) => {
		values[`social_${i}_label`] = link.label;
		values[`social_${i}_url`] = link.url;
	});
	return values;
}
