import { strToU8, zipSync } from 'fflate';
import type { ServiceContext } from '../context.ts';
import { HSDS_TABULAR } from './hsds-tabular-fields.ts';
import { fullService } from './hsds-service-json.ts';
import {
	HSDS_VERSION,
	listTaxonomies,
	listTaxonomyTerms,
	organizationJson,
	organizations,
	type Site
} from './hsds.service.ts';
import * as repo from './offer.repository.ts';
import { HIDDEN_AFTER_MONTHS, hydrate, monthsBefore } from './offer.service.ts';

/*
 * The whole public Familienwegweiser in HSDS 3.0's tabular form: a Frictionless data package
 * (datapackage.json) and one CSV file per resource (organizations, services, locations,
 * service_at_location, schedules, taxonomy_terms, …), zipped. Same data and ids as the JSON API
 * (hsds.service.ts), so both can be combined. CSV as RFC 4180: UTF-8 without BOM, commas,
 * CRLF — for programs, not for Excel (that is what the offers' own export is for).
 */

type Ctx = Pick<ServiceContext, 'db'>;
type Row = Record<string, unknown>;

/** All rows per resource name (the names of HSDS_TABULAR). */
async function hsdsTables(ctx: Ctx, site: Site, now = new Date()): Promise<Record<string, Row[]>> {
	const { rows } = await repo.searchOffers(ctx.db, site.allianceId, {
		statuses: ['published'],
		checkedSince: monthsBefore(now, HIDDEN_AFTER_MONTHS),
		limit: 100_000,
		offset: 0
	});
	const services = (await hydrate(ctx, site.allianceId, rows, now)).map((o) =>
		fullService(o, site)
	);
	const orgs = await organizations(ctx, site, now);
	const terms = await listTaxonomyTerms(ctx, site, { page: 1, perPage: 100_000, taxonomyId: '' });
	const taxonomies = await listTaxonomies(ctx, site, { page: 1, perPage: 1 });
	const sals = services.flatMap((s) => s.service_at_locations);
	const locations = [...new Map(sals.map((sal) => [sal.location.id, sal.location])).values()];
	return {
		organization: orgs.map(organizationJson),
		service: services,
		attribute: services.flatMap((s) => s.attributes),
		service_at_location: sals,
		location: locations,
		phone: services.flatMap((s) => s.phones),
		contact: services.flatMap((s) => s.contacts),
		address: locations.flatMap((l) => l.addresses),
		schedule: sals.flatMap((sal) => sal.schedules),
		language: services.flatMap((s) => s.languages),
		accessibility: locations.flatMap((l) => l.accessibility),
		taxonomy_term: terms.contents,
		cost_option: services.flatMap((s) => s.cost_options),
		taxonomy: taxonomies.contents
	};
}

function cell(value: unknown): string {
	if (value === null || value === undefined) return '';
	const text = typeof value === 'string' ? value : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function tabularCsv(columns: readonly string[], rows: readonly Row[]): string {
	const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
	return lines.join('\r\n') + '\r\n';
}

/** The Frictionless descriptor of the package. */
function datapackageDescriptor(site: Site, now: Date) {
	return {
		profile: 'tabular-data-package',
		name: 'familienwegweiser',
		title: `Familienwegweiser – ${site.allianceName}`,
		description: `Angebote für Familien im Format Open Referral HSDS ${HSDS_VERSION} (tabellarisch).`,
		homepage: `${site.url}/angebote`,
		created: now.toISOString(),
		hsds_version: HSDS_VERSION,
		resources: HSDS_TABULAR.map((r) => ({
			name: r.name,
			path: r.path,
			profile: 'tabular-data-resource',
			format: 'csv',
			mediatype: 'text/csv',
			encoding: 'utf-8',
			schema: {
				fields: r.fields.map((f) => ({
					name: f.name,
					type: f.type,
					...(f.format ? { format: f.format } : {}),
					title: f.title
				})),
				primaryKey: 'id'
			}
		}))
	};
}

/** datapackage.json and the CSV files, zipped. */
export async function hsdsDatapackageZip(ctx: Ctx, site: Site, now = new Date()): Promise<Buffer> {
	const tables = await hsdsTables(ctx, site, now);
	const files: Record<string, Uint8Array> = {
		'datapackage.json': strToU8(JSON.stringify(datapackageDescriptor(site, now), null, 2))
	};
	for (const r of HSDS_TABULAR) {
		files[r.path] = strToU8(
			tabularCsv(
				r.fields.map((f) => f.name),
				tables[r.name] ?? []
			)
		);
	}
	const mtime = now;
	return Buffer.from(zipSync(files, { level: 6, mtime }));
}
