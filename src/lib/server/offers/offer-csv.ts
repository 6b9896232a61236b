import { toCsv } from '../events/registration/csv.ts';
import { formatHoursText, parseHoursText } from './offer-hours-text.ts';
import { formFromValues, offerFormSchema, valuesFromForm } from './offer.schema.ts';
import type {
	Offer,
	OfferCategory,
	OfferStatus,
	OfferValues,
	OpeningHours
} from './offer.types.ts';
import { zodErrors } from '../http/forms.ts';

/*
 * Offers as CSV (one row per offer, the first place only): the export and the import use the
 * same columns, so a file can be exported, edited in a spreadsheet and imported again. Export:
 * UTF-8 with BOM, semicolons (Excel in Germany). Import: semicolon or comma, with or without BOM.
 */

const CSV_COLUMNS = [
	'id',
	'name',
	'kurzbeschreibung',
	'beschreibung',
	'lebenslagen',
	'anbieter_partner',
	'anbieter_sonstige',
	'anbieter_website',
	'alter_von_monate',
	'alter_bis_monate',
	'kosten',
	'kosten_text',
	'sprachen',
	'zugang',
	'zugang_hinweis',
	'ort_name',
	'strasse',
	'plz',
	'ort',
	'stadtteil',
	'breitengrad',
	'laengengrad',
	'barrierefrei',
	'barrierefreiheit',
	'oeffnungszeiten',
	'zeiten_hinweis',
	'ansprechperson',
	'email',
	'telefon',
	'website',
	'links',
	'status'
] as const;

const COST = { free: 'kostenlos', amount: 'kostenpflichtig', reduced: 'ermaessigt' } as const;
const STATUS = { published: 'veroeffentlicht', draft: 'entwurf', archived: 'archiviert' } as const;

export function offersToCsv(offers: Offer[]): string {
	const rows = offers.map((o) => {
		const l = o.locations[0];
		const row: Record<(typeof CSV_COLUMNS)[number], string> = {
			id: o.id,
			name: o.name,
			kurzbeschreibung: o.summary,
			beschreibung: o.description,
			lebenslagen: o.categories.map((c) => c.name).join(', '),
			anbieter_partner: o.partnerId ? o.provider.name : '',
			anbieter_sonstige: o.partnerId ? '' : o.providerName,
			anbieter_website: o.partnerId ? '' : o.providerUrl,
			alter_von_monate: o.minAgeMonths === null ? '' : String(o.minAgeMonths),
			alter_bis_monate: o.maxAgeMonths === null ? '' : String(o.maxAgeMonths),
			kosten: COST[o.costKind],
			kosten_text: o.costText,
			sprachen: o.languages.join(', '),
			zugang: o.access.join(', '),
			zugang_hinweis: o.accessNote,
			ort_name: l?.name ?? '',
			strasse: l?.street ?? '',
			plz: l?.postalCode ?? '',
			ort: l?.city ?? '',
			stadtteil: l?.district ?? '',
			breitengrad: l?.latitude == null ? '' : String(l.latitude),
			laengengrad: l?.longitude == null ? '' : String(l.longitude),
			barrierefrei: l?.wheelchair ? 'ja' : 'nein',
			barrierefreiheit: l?.accessibility ?? '',
			oeffnungszeiten: l ? formatHoursText(l.hours) : '',
			zeiten_hinweis: l?.hoursNote ?? '',
			ansprechperson: o.contactName,
			email: o.email,
			telefon: o.phone,
			website: o.url,
			links: o.links.map((x) => `${x.label} | ${x.url}`).join('\n'),
			status: STATUS[o.status]
		};
		return CSV_COLUMNS.map((c) => row[c]);
	});
	return toCsv([[...CSV_COLUMNS], ...rows]);
}

/** RFC 4180 with ; or , (whichever the header line uses); null when quotes never close. */
export function parseCsv(text: string): string[][] | null {
	const src = text.replace(/^\uFEFF/, '');
	const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
	const sep =
		(firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < src.length; i++) {
		const ch = src[i]!;
		if (quoted) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === sep) {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && src[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	if (quoted) return null;
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

export interface CsvRowResult {
	/** Line number as a spreadsheet shows it (header = 1) */
	line: number;
	id: string | null;
	name: string;
	values: OfferValues | null;
	status: OfferStatus;
	errors: { field: string; key: string; params?: Record<string, string | number> }[];
}

/** A formula guard of the export ("'=…") is taken off again. */
function cellText(value: string | undefined): string {
	const v = (value ?? '').trim();
	return /^'[=+\-@]/.test(v) ? v.slice(1) : v;
}

/** Checks every row against the same rules as the form; nothing is written here. */
export function readOfferCsv(
	text: string,
	lookups: {
		categories: OfferCategory[];
		partners: { id: string; name: string }[];
		offerIds: Set<string>;
	}
): { rows: CsvRowResult[] } | null {
	const table = parseCsv(text);
	if (!table || !table.length) return null;
	const header = table[0]!.map((h) => h.trim().toLowerCase());
	if (!header.includes('name')) return null;
	const col = (row: string[], name: string) => {
		const i = header.indexOf(name);
		return i < 0 ? '' : cellText(row[i]);
	};
	const rows: CsvRowResult[] = [];
	for (const [index, row] of table.slice(1).entries()) {
		const errors: CsvRowResult['errors'] = [];
		const id = col(row, 'id') || null;
		if (id && !lookups.offerIds.has(id)) errors.push({ field: 'id', key: 'offers.csv.errorId' });
		const categoryIds: string[] = [];
		for (const name of col(row, 'lebenslagen')
			.split(',')
			.map((x) => x.trim())
			.filter(Boolean)) {
			const c = lookups.categories.find(
				(x) => x.name.toLowerCase() === name.toLowerCase() || x.slug === name.toLowerCase()
			);
			if (c) categoryIds.push(c.id);
			else
				errors.push({
					field: 'lebenslagen',
					key: 'offers.csv.errorCategory',
					params: { value: name }
				});
		}
		const partnerName = col(row, 'anbieter_partner');
		const partner = partnerName
			? lookups.partners.find((p) => p.name.toLowerCase() === partnerName.toLowerCase())
			: undefined;
		if (partnerName && !partner) {
			errors.push({
				field: 'anbieter_partner',
				key: 'offers.csv.errorPartner',
				params: { value: partnerName }
			});
		}
		const hoursText = col(row, 'oeffnungszeiten');
		const hours = parseHoursText(hoursText);
		if (!hours)
			errors.push({
				field: 'oeffnungszeiten',
				key: 'offers.csv.errorHours',
				params: { value: hoursText }
			});
		const cost = col(row, 'kosten').toLowerCase();
		const form: Record<string, string | string[]> = {
			name: col(row, 'name'),
			summary: col(row, 'kurzbeschreibung'),
			description: col(row, 'beschreibung'),
			partnerId: partner?.id ?? '',
			providerName: partner ? '' : col(row, 'anbieter_sonstige'),
			providerUrl: col(row, 'anbieter_website'),
			ageFrom: col(row, 'alter_von_monate'),
			ageFromUnit: 'm',
			ageTo: col(row, 'alter_bis_monate'),
			ageToUnit: 'm',
			costKind: cost === 'kostenpflichtig' ? 'amount' : cost.startsWith('erm') ? 'reduced' : 'free',
			costText: col(row, 'kosten_text'),
			languages: col(row, 'sprachen')
				.split(',')
				.map((x) => x.trim().toLowerCase())
				.filter(Boolean),
			access: col(row, 'zugang')
				.split(',')
				.map((x) => x.trim())
				.filter(Boolean),
			accessNote: col(row, 'zugang_hinweis'),
			contactName: col(row, 'ansprechperson'),
			email: col(row, 'email'),
			phone: col(row, 'telefon'),
			url: col(row, 'website'),
			links: col(row, 'links'),
			categoryIds,
			loc_name: col(row, 'ort_name'),
			loc_street: col(row, 'strasse'),
			loc_postalCode: col(row, 'plz'),
			loc_city: col(row, 'ort'),
			loc_district: col(row, 'stadtteil'),
			loc_latitude: col(row, 'breitengrad'),
			loc_longitude: col(row, 'laengengrad'),
			loc_accessibility: col(row, 'barrierefreiheit'),
			loc_hoursNote: col(row, 'zeiten_hinweis')
		};
		if (col(row, 'barrierefrei').toLowerCase() === 'ja') form.loc_wheelchair = 'on';
		const values = checkImported(form, hours, errors, (field) => FIELD_COLUMN[field] ?? field);
		const statusText = col(row, 'status').toLowerCase();
		rows.push({
			line: index + 2,
			id,
			name: form.name as string,
			values,
			status:
				statusText === 'entwurf' ? 'draft' : statusText === 'archiviert' ? 'archived' : 'published',
			errors
		});
	}
	return { rows };
}

/**
 * The form's rules applied to one imported record (a CSV row, an HSDS service), `hours` read
 * apart; what fails is added to `errors` under the record's own field names (`columnOf`).
 * Values only when the record has no error at all.
 */
export function checkImported(
	form: Record<string, string | string[]>,
	hours: OpeningHours[] | null,
	errors: CsvRowResult['errors'],
	columnOf: (field: string) => string
): OfferValues | null {
	const parsed = offerFormSchema.safeParse(form);
	let values: OfferValues | null = null;
	if (parsed.success) {
		values = valuesFromForm(parsed.data);
		if (values.location) values.location.hours = hours ?? [];
		else if (hours?.length) values.location = { ...emptyLocation(), hours };
	} else {
		const categories = columnOf('categoryIds');
		for (const [field, error] of Object.entries(zodErrors(parsed.error))) {
			if (field === 'categoryIds' && errors.some((e) => e.field === categories)) continue;
			errors.push({ field: columnOf(field), key: error.key, params: error.params });
		}
	}
	return errors.length ? null : values;
}

function emptyLocation() {
	return {
		name: '',
		street: '',
		postalCode: '',
		city: '',
		district: '',
		latitude: null,
		longitude: null,
		wheelchair: false,
		accessibility: '',
		hoursNote: '',
		hours: []
	};
}

/** Form field → CSV column, for the messages. */
const FIELD_COLUMN: Record<string, string> = {
	name: 'name',
	summary: 'kurzbeschreibung',
	description: 'beschreibung',
	providerName: 'anbieter_sonstige',
	providerUrl: 'anbieter_website',
	ageFrom: 'alter_von_monate',
	ageTo: 'alter_bis_monate',
	categoryIds: 'lebenslagen',
	email: 'email',
	url: 'website',
	links: 'links',
	loc_latitude: 'breitengrad',
	loc_longitude: 'laengengrad',
	languages: 'sprachen',
	access: 'zugang'
};

export { formFromValues };
