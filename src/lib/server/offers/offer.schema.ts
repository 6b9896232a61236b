import { z } from 'zod';
import { optionalEmail, optionalUrl } from '../partners/partner.schema.ts';
import {
	ACCESS_KINDS,
	OFFER_LANGUAGES,
	type AccessKind,
	type OfferFilters,
	type OfferLocation,
	type OfferValues,
	type OpeningHours
} from './offer.types.ts';

/*
 * Input of the offer forms (admin and intern share one form) and of the public filters.
 * Messages are i18n keys (see http/forms.ts issueToMessage).
 */

const text = (max: number) => z.string().trim().max(max).default('');
const list = z
	.union([z.string(), z.array(z.string())])
	.optional()
	.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter(Boolean));

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** Up to two opening-hours ranges per weekday in the form (e.g. 9–12 and 14–16). */
const RANGES_PER_DAY = 2;

const optionalNumber = (min: number, max: number, key: string) =>
	z
		.string()
		.trim()
		.default('')
		.transform((v) => v.replace(',', '.'))
		.refine((v) => v === '' || (Number.isFinite(Number(v)) && +v >= min && +v <= max), {
			message: key
		})
		.transform((v) => (v === '' ? null : Number(v)));

const ageField = optionalNumber(0, 99 * 12, 'offers.error.age');
const unit = z.enum(['m', 'y']).catch('y');

/** Field names of the opening hours: h1_1_open … h7_2_close. */
function hoursField(day: number, range: number, edge: 'open' | 'close'): string {
	return `h${day}_${range}_${edge}`;
}

const hoursShape: Record<string, z.ZodType> = {};
for (const day of WEEKDAYS) {
	for (let r = 1; r <= RANGES_PER_DAY; r++) {
		for (const edge of ['open', 'close'] as const) {
			hoursShape[hoursField(day, r, edge)] = z
				.string()
				.trim()
				.default('')
				.refine((v) => v === '' || TIME.test(v), { message: 'offers.error.time' });
		}
	}
}

export const offerFormSchema = z
	.object({
		name: z.string().trim().min(2).max(150),
		summary: text(300),
		description: text(5000),
		/** a partner id, or '' for another organisation */
		partnerId: text(80),
		providerName: text(150),
		providerUrl: optionalUrl,
		ageFrom: ageField,
		ageFromUnit: unit,
		ageTo: ageField,
		ageToUnit: unit,
		costKind: z.enum(['free', 'amount', 'reduced']).catch('free'),
		costText: text(300),
		languages: list,
		access: list,
		accessNote: text(500),
		contactName: text(150),
		email: optionalEmail,
		phone: text(60),
		url: optionalUrl,
		links: text(2000),
		categoryIds: list,
		loc_name: text(150),
		loc_street: text(150),
		loc_postalCode: text(10),
		loc_city: text(100),
		loc_district: text(100),
		loc_latitude: optionalNumber(-90, 90, 'offers.error.latitude'),
		loc_longitude: optionalNumber(-180, 180, 'offers.error.longitude'),
		loc_wheelchair: z.string().optional(),
		loc_accessibility: text(500),
		loc_hoursNote: text(300),
		...hoursShape
	})
	.superRefine((v, ctx) => {
		if (!v.partnerId && !v.providerName) {
			ctx.addIssue({ code: 'custom', path: ['providerName'], message: 'offers.error.provider' });
		}
		if (!v.categoryIds.length) {
			ctx.addIssue({ code: 'custom', path: ['categoryIds'], message: 'offers.error.category' });
		}
		const from = toMonths(v.ageFrom, v.ageFromUnit);
		const to = toMonths(v.ageTo, v.ageToUnit);
		if (from !== null && to !== null && from > to) {
			ctx.addIssue({ code: 'custom', path: ['ageTo'], message: 'offers.error.ageOrder' });
		}
		for (const day of WEEKDAYS) {
			for (let r = 1; r <= RANGES_PER_DAY; r++) {
				const grid = v as Record<string, unknown>;
				const open = String(grid[hoursField(day, r, 'open')] ?? '');
				const close = String(grid[hoursField(day, r, 'close')] ?? '');
				if (!open && !close) continue;
				if (!open || !close || open >= close) {
					ctx.addIssue({
						code: 'custom',
						path: [hoursField(day, r, 'close')],
						message: 'offers.error.hoursOrder'
					});
				}
			}
		}
		const bad = v.languages.find((l) => !(OFFER_LANGUAGES as readonly string[]).includes(l));
		if (bad) ctx.addIssue({ code: 'custom', path: ['languages'], message: 'error.invalid' });
		const badAccess = v.access.find((a) => !(ACCESS_KINDS as readonly string[]).includes(a));
		if (badAccess) ctx.addIssue({ code: 'custom', path: ['access'], message: 'error.invalid' });
		if (parseLinks(v.links) === null) {
			ctx.addIssue({ code: 'custom', path: ['links'], message: 'offers.error.links' });
		}
	});

export type OfferFormInput = z.infer<typeof offerFormSchema>;

function toMonths(value: number | null, unit: 'm' | 'y'): number | null {
	if (value === null) return null;
	return Math.round(unit === 'y' ? value * 12 : value);
}

/** "Label | https://…" or a bare address, one per line; null when a line is not an address. */
function parseLinks(text: string): { label: string; url: string }[] | null {
	const out: { label: string; url: string }[] = [];
	for (const line of text.split(/\r?\n/)) {
		const trimmed = line.trim();
		if (!trimmed) continue;
		const [first = '', ...rest] = trimmed.split('|');
		const label = rest.length ? first.trim() : '';
		let url = (rest.length ? rest.join('|') : first).trim();
		if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
		try {
			const parsed = new URL(url);
			if (!parsed.hostname.includes('.')) return null;
		} catch {
			return null;
		}
		out.push({ label: label || url.replace(/^https?:\/\//, ''), url });
	}
	return out.slice(0, 10);
}

function linksText(links: { label: string; url: string }[]): string {
	return links.map((l) => `${l.label} | ${l.url}`).join('\n');
}

/** Opening hours from the form grid, sorted by day and time. */
function hoursFromForm(v: Record<string, unknown>): OpeningHours[] {
	const hours: OpeningHours[] = [];
	for (const day of WEEKDAYS) {
		for (let r = 1; r <= RANGES_PER_DAY; r++) {
			const opens = String(v[hoursField(day, r, 'open')] ?? '');
			const closes = String(v[hoursField(day, r, 'close')] ?? '');
			if (opens && closes) hours.push({ weekday: day, opens, closes });
		}
	}
	return hours.sort((a, b) => a.weekday - b.weekday || a.opens.localeCompare(b.opens));
}

/** The validated form as the service's values. */
export function valuesFromForm(v: OfferFormInput): OfferValues {
	const location: OfferLocation = {
		name: v.loc_name,
		street: v.loc_street,
		postalCode: v.loc_postalCode,
		city: v.loc_city,
		district: v.loc_district,
		latitude: v.loc_latitude,
		longitude: v.loc_longitude,
		wheelchair: v.loc_wheelchair === 'on',
		accessibility: v.loc_accessibility,
		hoursNote: v.loc_hoursNote,
		hours: hoursFromForm(v)
	};
	const hasLocation = !!(location.street || location.name || location.hours.length);
	return {
		name: v.name,
		summary: v.summary,
		description: v.description,
		partnerId: v.partnerId || null,
		providerName: v.partnerId ? '' : v.providerName,
		providerUrl: v.partnerId ? '' : v.providerUrl,
		minAgeMonths: toMonths(v.ageFrom, v.ageFromUnit),
		maxAgeMonths: toMonths(v.ageTo, v.ageToUnit),
		costKind: v.costKind,
		costText: v.costText,
		languages: [...new Set(v.languages)],
		access: [...new Set(v.access)] as AccessKind[],
		accessNote: v.accessNote,
		contactName: v.contactName,
		email: v.email,
		phone: v.phone,
		url: v.url,
		links: parseLinks(v.links) ?? [],
		categoryIds: [...new Set(v.categoryIds)],
		location: hasLocation ? location : null
	};
}

/** Ages for the form: whole years when the months allow it. */
function ageForForm(months: number | null): { value: string; unit: 'm' | 'y' } {
	if (months === null) return { value: '', unit: 'y' };
	return months % 12 === 0
		? { value: String(months / 12), unit: 'y' }
		: { value: String(months), unit: 'm' };
}

/** Saved values → the flat form fields (for editing, and for the pending change). */
export function formFromValues(v: OfferValues): Record<string, string | string[]> {
	const from = ageForForm(v.minAgeMonths);
	const to = ageForForm(v.maxAgeMonths);
	const loc = v.location;
	const out: Record<string, string | string[]> = {
		name: v.name,
		summary: v.summary,
		description: v.description,
		partnerId: v.partnerId ?? '',
		providerName: v.providerName,
		providerUrl: v.providerUrl,
		ageFrom: from.value,
		ageFromUnit: from.unit,
		ageTo: to.value,
		ageToUnit: to.unit,
		costKind: v.costKind,
		costText: v.costText,
		languages: v.languages,
		access: v.access,
		accessNote: v.accessNote,
		contactName: v.contactName,
		email: v.email,
		phone: v.phone,
		url: v.url,
		links: linksText(v.links),
		categoryIds: v.categoryIds,
		loc_name: loc?.name ?? '',
		loc_street: loc?.street ?? '',
		loc_postalCode: loc?.postalCode ?? '',
		loc_city: loc?.city ?? '',
		loc_district: loc?.district ?? '',
		loc_latitude: loc?.latitude == null ? '' : String(loc.latitude),
		loc_longitude: loc?.longitude == null ? '' : String(loc.longitude),
		loc_wheelchair: loc?.wheelchair ? 'on' : '',
		loc_accessibility: loc?.accessibility ?? '',
		loc_hoursNote: loc?.hoursNote ?? ''
	};
	const perDay = new Map<number, OpeningHours[]>();
	for (const h of loc?.hours ?? []) perDay.set(h.weekday, [...(perDay.get(h.weekday) ?? []), h]);
	for (const [day, ranges] of perDay) {
		ranges.slice(0, RANGES_PER_DAY).forEach((h, i) => {
			out[hoursField(day, i + 1, 'open')] = h.opens;
			out[hoursField(day, i + 1, 'close')] = h.closes;
		});
	}
	return out;
}

/** Filters of the public list from the address; anything unknown is ignored, never an error. */
export function readOfferFilters(params: URLSearchParams): OfferFilters {
	const ageText = (params.get('alter') ?? '').trim();
	const age = /^\d{1,2}$/.test(ageText) && Number(ageText) <= 27 ? Number(ageText) : null;
	const open = (params.get('geoeffnet') ?? '').trim();
	const page = Number(params.get('seite') ?? '1');
	const language = (params.get('sprache') ?? '').trim();
	return {
		category: (params.get('lebenslage') ?? '').trim().slice(0, 80),
		age,
		free: params.get('kostenlos') === 'ja',
		district: (params.get('stadtteil') ?? '').trim().slice(0, 100),
		language: (OFFER_LANGUAGES as readonly string[]).includes(language) ? language : '',
		wheelchair: params.get('barrierefrei') === 'ja',
		open: open === 'jetzt' || /^[1-7]$/.test(open) ? (open as OfferFilters['open']) : '',
		q: (params.get('suche') ?? '').trim().slice(0, 100),
		page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1
	};
}

/** The filters back as a query string (shareable, for paging links). */
export function offerFilterQuery(f: OfferFilters, page = 1): string {
	const p = new URLSearchParams();
	if (f.category) p.set('lebenslage', f.category);
	if (f.age !== null) p.set('alter', String(f.age));
	if (f.free) p.set('kostenlos', 'ja');
	if (f.district) p.set('stadtteil', f.district);
	if (f.language) p.set('sprache', f.language);
	if (f.wheelchair) p.set('barrierefrei', 'ja');
	if (f.open) p.set('geoeffnet', f.open);
	if (f.q) p.set('suche', f.q);
	if (page > 1) p.set('seite', String(page));
	const s = p.toString();
	return s ? `?${s}` : '';
}

/** The coordinators' category form (rename, describe, order; or add a new one). */
export const categorySchema = z.object({
	name: z.string().trim().min(2).max(80),
	description: text(300),
	position: z.coerce.number().int().min(0).max(999).catch(0)
});
