import { ACCESS_TEXT } from './hsds-service-json.ts';
import { BYDAY } from './offer-hours.ts';
import { checkImported, type CsvRowResult } from './offer-csv.ts';
import type { OfferCategory, OpeningHours } from './offer.types.ts';

/*
 * Offers from HSDS 3.0 JSON (Open Referral): the services of another Familienwegweiser's
 * `/api/hsds/services?full=true`, one service (`/services/{id}`), a page of them or a plain list.
 * Each service is mapped onto the offer form and checked by its rules, like a CSV row (same
 * preview, same all-or-nothing import). What the form has no place for (programs, funding,
 * further places) is left out; a service whose id is one of the alliance's offers updates it.
 */

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** ISO 639-2 codes that other directories use for the languages the form knows. */
const THREE_LETTER: Record<string, string> = {
	deu: 'de',
	ger: 'de',
	eng: 'en',
	tur: 'tr',
	ara: 'ar',
	rus: 'ru',
	ukr: 'uk',
	pol: 'pl',
	ron: 'ro',
	rum: 'ro',
	bul: 'bg',
	fas: 'fa',
	per: 'fa',
	kur: 'ku',
	fra: 'fr',
	fre: 'fr',
	spa: 'es',
	ita: 'it'
};

/** The services in a file; null when it is no HSDS JSON at all. */
function servicesIn(body: string): Json[] | null {
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return null;
	}
	const items = Array.isArray(data)
		? data
		: isObject(data) && Array.isArray(data.contents)
			? data.contents
			: [data];
	const services = items.filter(isObject);
	return services.length && services.every((s) => typeof s.name === 'string') ? services : null;
}

function months(years: unknown): string {
	return typeof years === 'number' && Number.isFinite(years) ? String(Math.round(years * 12)) : '';
}

/** Cost as the form takes it, from cost_options and fees_description (ours: "kostenlos" …). */
function cost(s: Json): { costKind: string; costText: string } {
	const fees = text(s.fees_description);
	const options = list(s.cost_options);
	if (options.some((o) => o.amount === 0) || /^(kostenlos|free)\b/i.test(fees)) {
		return { costKind: 'free', costText: '' };
	}
	const [head = '', ...rest] = fees.split(' – ');
	const detail = rest.join(' – ') || text(options[0]?.option);
	if (/^ermäßigt/i.test(head)) return { costKind: 'reduced', costText: detail };
	if (/^kostenpflichtig$/i.test(head)) return { costKind: 'amount', costText: detail };
	return { costKind: 'amount', costText: fees || detail || 'Bitte beim Anbieter erfragen' };
}

/** How to get it: our own phrases back to their kinds, the rest as a note. */
function access(s: Json): { access: string[]; accessNote: string } {
	const kinds: string[] = [];
	const notes: string[] = [];
	for (const part of text(s.application_process)
		.split('. ')
		.map((p) => p.trim())
		.filter(Boolean)) {
		const kind = Object.entries(ACCESS_TEXT).find(([, phrase]) => phrase === part)?.[0];
		if (kind) kinds.push(kind);
		else notes.push(part);
	}
	return { access: kinds, accessNote: notes.join('. ') };
}

/** Weekly opening hours of a place (HSDS schedules: freq WEEKLY, byday, opens_at, closes_at). */
function hoursOf(schedules: Json[]): { hours: OpeningHours[] | null; note: string } {
	const hours: OpeningHours[] = [];
	let note = '';
	for (const schedule of schedules) {
		note ||= text(schedule.description);
		const opens = text(schedule.opens_at).slice(0, 5);
		const closes = text(schedule.closes_at).slice(0, 5);
		if (!opens && !closes) continue;
		const freq = text(schedule.freq).toUpperCase();
		const days = text(schedule.byday)
			.toUpperCase()
			.split(',')
			.map((d) => d.trim().replace(/^[+-]?\d+/, ''))
			.filter(Boolean);
		const weekdays = days.map((d) => BYDAY.indexOf(d as (typeof BYDAY)[number]) + 1);
		if ((freq && freq !== 'WEEKLY') || !weekdays.length || weekdays.includes(0))
			return { hours: null, note };
		if (!/^\d\d:\d\d$/.test(opens) || !/^\d\d:\d\d$/.test(closes) || closes <= opens) {
			return { hours: null, note };
		}
		for (const weekday of weekdays) hours.push({ weekday, opens, closes });
	}
	return { hours, note };
}

/** Checks every service against the form's rules; nothing is written here. */
export function readOfferHsds(
	body: string,
	lookups: {
		categories: OfferCategory[];
		partners: { id: string; name: string }[];
		offerIds: Set<string>;
	}
): { rows: CsvRowResult[] } | null {
	const services = servicesIn(body);
	if (!services) return null;
	return {
		rows: services.map((s, index) => {
			const errors: CsvRowResult['errors'] = [];
			const id = text(s.id);
			const categoryIds: string[] = [];
			for (const attribute of list(s.attributes)) {
				const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : {};
				const code = text(term.code).toLowerCase();
				const name = text(term.name).toLowerCase();
				const found = lookups.categories.find(
					(c) => (code && c.slug === code) || (name && c.name.toLowerCase() === name)
				);
				if (found) categoryIds.push(found.id);
				else
					errors.push({
						field: 'attributes',
						key: 'offers.csv.errorCategory',
						params: { value: text(term.name) || text(term.code) }
					});
			}
			const organization = isObject(s.organization) ? s.organization : {};
			const providerName = text(organization.name);
			const partner = lookups.partners.find(
				(p) => p.name.toLowerCase() === providerName.toLowerCase()
			);
			const sal = list(s.service_at_locations)[0] ?? {};
			const place = isObject(sal.location) ? sal.location : {};
			const address = list(place.addresses)[0] ?? {};
			const accessibility = list(place.accessibility)[0] ?? {};
			const schedules = hoursOf([...list(sal.schedules), ...list(s.schedules)]);
			if (!schedules.hours) {
				errors.push({ field: 'schedules', key: 'offers.csv.errorHours', params: { value: '' } });
			}
			const contact = list(s.contacts)[0] ?? {};
			const form: Record<string, string | string[]> = {
				name: text(s.name),
				summary: text(s.alternate_name),
				description: text(s.description),
				partnerId: partner?.id ?? '',
				providerName: partner ? '' : providerName,
				providerUrl: partner ? '' : text(organization.website),
				ageFrom: months(s.minimum_age),
				ageFromUnit: 'm',
				ageTo: months(s.maximum_age),
				ageToUnit: 'm',
				...cost(s),
				languages: [
					...new Set(
						list(s.languages).map((l) => {
							const code = text(l.code).toLowerCase();
							return THREE_LETTER[code] ?? code;
						})
					)
				].filter(Boolean),
				...access(s),
				contactName: text(contact.name),
				email: text(s.email) || text(contact.email),
				phone: text(list(s.phones)[0]?.number),
				url: text(s.url),
				links: '',
				categoryIds,
				loc_name: text(place.name) === text(s.name) ? '' : text(place.name),
				loc_street: [text(address.address_1), text(address.address_2)].filter(Boolean).join(', '),
				loc_postalCode: text(address.postal_code),
				loc_city: text(address.city),
				loc_district: text(address.region),
				loc_latitude: typeof place.latitude === 'number' ? String(place.latitude) : '',
				loc_longitude: typeof place.longitude === 'number' ? String(place.longitude) : '',
				loc_accessibility: text(accessibility.details),
				loc_hoursNote: schedules.note
			};
			if (text(accessibility.description) === 'Barrierefrei zugänglich') form.loc_wheelchair = 'on';
			const values = checkImported(form, schedules.hours, errors, (field) =>
				field === 'categoryIds' ? 'attributes' : field
			);
			const status = text(s.status).toLowerCase();
			return {
				line: index + 1,
				id: id && lookups.offerIds.has(id) ? id : null,
				name: text(s.name),
				values,
				status: status === 'inactive' || status === 'defunct' ? 'archived' : 'published',
				errors
			};
		})
	};
}
