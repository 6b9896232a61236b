import { toCsv } from '../events/registration/csv.ts';
import { zodErrors } from '../http/forms.ts';
import { parseCsv } from '../offers/offer-csv.ts';
import { partnerAdminSchema, PARTNER_KINDS, type PartnerAdminInput } from './partner.schema.ts';
import { htmlToPlain } from './partner-text.ts';
import type { PartnerRecord } from './partner.types.ts';
import type { TopicRef } from '../topics/topic.types.ts';
import type { PartnerKind } from './partner.table.ts';

/*
 * Partners as CSV (one row per partner): export and import use the same columns, so a list can
 * be exported, completed in a spreadsheet and imported again — like the offers' CSV
 * (offers/offer-csv.ts). Export: UTF-8 with BOM, semicolons. Import: semicolon or comma.
 * Logos and contact accounts are not part of the file.
 */

export const PARTNER_CSV_COLUMNS = [
	'id',
	'name',
	'art',
	'beschreibung',
	'beitrag',
	'strasse',
	'plz',
	'ort',
	'stadtteil',
	'website',
	'email_oeffentlich',
	'telefon_oeffentlich',
	'ansprechperson_intern',
	'email_intern',
	'telefon_intern',
	'notizen_intern',
	'mitglied_seit',
	'themen',
	'status'
] as const;

/** The kinds as the German interface names them (the import also takes the internal key). */
const KIND_WORD: Record<PartnerKind, string> = {
	institution: 'Institution',
	company: 'Unternehmen',
	association: 'Verein',
	federation: 'Verband',
	kita: 'Kita',
	school: 'Schule',
	administration: 'Stadtverwaltung',
	politics: 'Politik',
	church: 'Kirche',
	individual: 'Einzelperson',
	other: 'Sonstige'
};

const STATUS_WORD = { active: 'aktiv', inactive: 'deaktiviert' } as const;

export function partnersToCsv(partners: PartnerRecord[]): string {
	const rows = partners.map((p) => {
		const row: Record<(typeof PARTNER_CSV_COLUMNS)[number], string> = {
			id: p.id,
			name: p.name,
			art: KIND_WORD[p.kind] ?? p.kind,
			beschreibung: htmlToPlain(p.descriptionHtml),
			beitrag: p.contribution,
			strasse: p.street,
			plz: p.postalCode,
			ort: p.city,
			stadtteil: p.district,
			website: p.website,
			email_oeffentlich: p.publicEmail,
			telefon_oeffentlich: p.publicPhone,
			ansprechperson_intern: p.internal.contactName,
			email_intern: p.internal.email,
			telefon_intern: p.internal.phone,
			notizen_intern: p.internal.notes,
			mitglied_seit: p.joinedOn ?? '',
			themen: p.topics.map((t) => t.name).join(', '),
			status: STATUS_WORD[p.status]
		};
		return PARTNER_CSV_COLUMNS.map((c) => row[c]);
	});
	return toCsv([[...PARTNER_CSV_COLUMNS], ...rows]);
}

export interface PartnerCsvRow {
	/** Line number as a spreadsheet shows it (header = 1) */
	line: number;
	id: string | null;
	name: string;
	values: PartnerAdminInput | null;
	status: 'active' | 'inactive';
	errors: { field: string; key: string; params?: Record<string, string | number> }[];
}

/** A formula guard of the export ("'=…") is taken off again. */
function cellText(value: string | undefined): string {
	const v = (value ?? '').trim();
	return /^'[=+\-@]/.test(v) ? v.slice(1) : v;
}

function kindOf(text: string): PartnerKind | null {
	const t = text.trim().toLowerCase();
	if (!t) return 'other';
	const byKey = PARTNER_KINDS.find((k) => k === t);
	if (byKey) return byKey;
	const byWord = (Object.entries(KIND_WORD) as [PartnerKind, string][]).find(
		([, word]) => word.toLowerCase() === t
	);
	return byWord ? byWord[0] : null;
}

/** "1.3.2020" (as Excel shows dates in Germany) → "2020-03-01"; anything else unchanged. */
function isoDate(text: string): string {
	const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
	return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
}

/** Form field → CSV column, for the messages. */
const FIELD_COLUMN: Record<string, string> = {
	name: 'name',
	kind: 'art',
	description: 'beschreibung',
	contribution: 'beitrag',
	street: 'strasse',
	postalCode: 'plz',
	city: 'ort',
	district: 'stadtteil',
	website: 'website',
	publicEmail: 'email_oeffentlich',
	publicPhone: 'telefon_oeffentlich',
	internalContactName: 'ansprechperson_intern',
	internalEmail: 'email_intern',
	internalPhone: 'telefon_intern',
	internalNotes: 'notizen_intern',
	joinedOn: 'mitglied_seit',
	topics: 'themen'
};

/** Checks every row against the same rules as the form; nothing is written here. */
export function readPartnerCsv(
	text: string,
	lookups: { topics: TopicRef[]; partners: { id: string; name: string }[] }
): { rows: PartnerCsvRow[] } | null {
	const table = parseCsv(text);
	if (!table || !table.length) return null;
	const header = table[0]!.map((h) => h.trim().toLowerCase());
	if (!header.includes('name')) return null;
	const col = (row: string[], name: string) => {
		const i = header.indexOf(name);
		return i < 0 ? '' : cellText(row[i]);
	};
	const ids = new Set(lookups.partners.map((p) => p.id));
	const byName = new Map(lookups.partners.map((p) => [p.name.trim().toLowerCase(), p.id]));
	const seenNames = new Map<string, number>();
	const seenIds = new Set<string>();
	const rows: PartnerCsvRow[] = [];
	for (const [index, row] of table.slice(1).entries()) {
		const line = index + 2;
		const errors: PartnerCsvRow['errors'] = [];
		const id = col(row, 'id') || null;
		const name = col(row, 'name');
		if (id && !ids.has(id)) errors.push({ field: 'id', key: 'partners.csv.errorId' });
		if (id && seenIds.has(id)) errors.push({ field: 'id', key: 'partners.csv.errorTwice' });
		if (id) seenIds.add(id);
		const folded = name.toLowerCase();
		const existing = byName.get(folded);
		if (folded && !id && existing) {
			errors.push({ field: 'name', key: 'partners.csv.errorExists', params: { value: name } });
		}
		if (folded && existing !== id && seenNames.has(folded)) {
			errors.push({
				field: 'name',
				key: 'partners.csv.errorSameName',
				params: { line: seenNames.get(folded)! }
			});
		}
		if (folded && !seenNames.has(folded)) seenNames.set(folded, line);
		const kindText = col(row, 'art');
		const kind = kindOf(kindText);
		if (!kind)
			errors.push({ field: 'art', key: 'partners.csv.errorKind', params: { value: kindText } });
		const topicIds: string[] = [];
		for (const word of col(row, 'themen')
			.split(',')
			.map((x) => x.trim())
			.filter(Boolean)) {
			const topic = lookups.topics.find(
				(t) => t.name.toLowerCase() === word.toLowerCase() || t.slug === word.toLowerCase()
			);
			if (topic) topicIds.push(topic.id);
			else
				errors.push({ field: 'themen', key: 'partners.csv.errorTopic', params: { value: word } });
		}
		const statusText = col(row, 'status').toLowerCase();
		if (statusText && !['aktiv', 'deaktiviert', 'active', 'inactive'].includes(statusText)) {
			errors.push({
				field: 'status',
				key: 'partners.csv.errorStatus',
				params: { value: col(row, 'status') }
			});
		}
		const form = {
			name,
			kind: kind ?? 'other',
			description: col(row, 'beschreibung'),
			contribution: col(row, 'beitrag'),
			street: col(row, 'strasse'),
			postalCode: col(row, 'plz'),
			city: col(row, 'ort'),
			district: col(row, 'stadtteil'),
			website: col(row, 'website'),
			publicEmail: col(row, 'email_oeffentlich'),
			publicPhone: col(row, 'telefon_oeffentlich'),
			internalContactName: col(row, 'ansprechperson_intern'),
			internalEmail: col(row, 'email_intern'),
			internalPhone: col(row, 'telefon_intern'),
			internalNotes: col(row, 'notizen_intern'),
			joinedOn: isoDate(col(row, 'mitglied_seit')),
			topics: topicIds
		};
		const parsed = partnerAdminSchema.safeParse(form);
		if (!parsed.success) {
			for (const [field, error] of Object.entries(zodErrors(parsed.error))) {
				const column = FIELD_COLUMN[field.split('.')[0]!] ?? field;
				errors.push({ field: column, key: error.key, params: error.params });
			}
		}
		rows.push({
			line,
			id,
			name,
			values: errors.length || !parsed.success ? null : parsed.data,
			status: statusText === 'deaktiviert' || statusText === 'inactive' ? 'inactive' : 'active',
			errors
		});
	}
	return { rows };
}
