// A snapshot of everything an alliance owns, straight from the SQLite file and the upload
// folder: every table with an alliance column, its people and their log-ins, its files.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';

export type Snapshot = Record<string, unknown[]>;

const OWNER_COLUMNS = ['alliance_id', 'organizationId'];

/**
 * Derived tables: the site search's index is rebuilt from the alliance's public content when
 * anyone searches its site (search/search.service.ts), like the page cache; it holds nothing
 * that is not already public, so its rows are no data of the alliance a visitor could change.
 */
const DERIVED = new Set(['search_document', 'search_state']);

export function snapshotAlliance(dataDir: string, allianceId: string): Snapshot {
	const db = new SQLite(path.join(dataDir, 'buendnis.sqlite'), { readonly: true });
	try {
		const snap: Snapshot = {};
		const tables = db
			.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
			.all() as { name: string }[];
		for (const { name } of tables) {
			const columns = (db.prepare(`pragma table_info("${name}")`).all() as { name: string }[]).map(
				(c) => c.name
			);
			const owner = OWNER_COLUMNS.find((c) => columns.includes(c));
			if (!owner || DERIVED.has(name)) continue;
			snap[name] = db
				.prepare(`select * from "${name}" where "${owner}" = ? order by 1`)
				.all(allianceId);
		}
		snap.alliance = db.prepare(`select * from alliance where id = ?`).all(allianceId);
		const users = db
			.prepare(`select "userId" from member where "organizationId" = ?`)
			.all(allianceId) as { userId: string }[];
		const ids = users.map((u) => u.userId);
		const list = ids.map(() => '?').join(',') || "''";
		snap.user = db.prepare(`select * from "user" where id in (${list}) order by id`).all(...ids);
		snap.account = db
			.prepare(`select * from account where "userId" in (${list}) order by id`)
			.all(...ids);
		const dir = path.join(dataDir, 'uploads', allianceId);
		snap.files = fs.existsSync(dir)
			? fs
					.readdirSync(dir)
					.sort()
					.map((f) => [
						f,
						crypto
							.createHash('sha256')
							.update(fs.readFileSync(path.join(dir, f)))
							.digest('hex')
					])
			: [];
		return snap;
	} finally {
		db.close();
	}
}

/** sha256 of every stored file of the alliance (to recognise its bytes in a response). */
export function fileHashes(dataDir: string, allianceId: string): Set<string> {
	const dir = path.join(dataDir, 'uploads', allianceId);
	if (!fs.existsSync(dir)) return new Set();
	return new Set(
		fs.readdirSync(dir).map((f) =>
			crypto
				.createHash('sha256')
				.update(fs.readFileSync(path.join(dir, f)))
				.digest('hex')
		)
	);
}

/** Every id the alliance owns, by table (rows with an alliance column, members, their users). */
export function idsByTable(dataDir: string, allianceId: string): Map<string, string[]> {
	const snap = snapshotAlliance(dataDir, allianceId);
	const out = new Map<string, string[]>();
	for (const [table, rows] of Object.entries(snap)) {
		if (table === 'files') continue;
		const ids = (rows as Record<string, unknown>[])
			.map((r) => (table === 'member' ? [r.id, r.userId] : [r.id]))
			.flat()
			.filter((v): v is string => typeof v === 'string' && v.length > 0);
		if (ids.length) out.set(table, ids);
	}
	return out;
}

/**
 * A few ids (and slugs) of every table the alliance owns, named by table: route parameters
 * for tables nobody told the walk about (events, projects, … as they are added).
 */
export function handlesByTable(
	dataDir: string,
	allianceId: string,
	perTable = 3
): { kind: string; value: string }[] {
	const db = new SQLite(path.join(dataDir, 'buendnis.sqlite'), { readonly: true });
	try {
		const out: { kind: string; value: string }[] = [];
		const tables = db
			.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
			.all() as { name: string }[];
		for (const { name } of tables) {
			const columns = (db.prepare(`pragma table_info("${name}")`).all() as { name: string }[]).map(
				(c) => c.name
			);
			const owner = OWNER_COLUMNS.find((c) => columns.includes(c));
			if (!owner || !columns.includes('id')) continue;
			const slug = columns.includes('slug') ? ', slug' : '';
			const rows = db
				.prepare(`select id${slug} from "${name}" where "${owner}" = ? limit ${perTable}`)
				.all(allianceId) as { id: unknown; slug?: unknown }[];
			for (const row of rows) {
				if (typeof row.id === 'string') out.push({ kind: name, value: row.id });
				if (typeof row.slug === 'string') out.push({ kind: `${name}Slug`, value: row.slug });
			}
		}
		return out;
	} finally {
		db.close();
	}
}

/**
 * Rows of tenant A that point at one of tenant B's ids: in a table with an alliance column, a
 * row of A with any column holding an id of B; in a link table without one (project_partner,
 * event_topic, …), a row holding an id of A and an id of B. Empty when references stay inside.
 */
export function crossReferences(
	dataDir: string,
	aAllianceId: string,
	bAllianceId: string
): string[] {
	const idsOf = (allianceId: string) =>
		new Set(
			[...idsByTable(dataDir, allianceId).entries()]
				.filter(([table]) => table !== 'alliance')
				.flatMap(([, ids]) => ids)
		);
	const aIds = idsOf(aAllianceId);
	const bIds = idsOf(bAllianceId);
	const db = new SQLite(path.join(dataDir, 'buendnis.sqlite'), { readonly: true });
	try {
		const found: string[] = [];
		const tables = db
			.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`)
			.all() as { name: string }[];
		for (const { name } of tables) {
			const columns = (db.prepare(`pragma table_info("${name}")`).all() as { name: string }[]).map(
				(c) => c.name
			);
			const owner = OWNER_COLUMNS.find((c) => columns.includes(c));
			const rows = (
				owner
					? db.prepare(`select * from "${name}" where "${owner}" = ?`).all(aAllianceId)
					: db.prepare(`select * from "${name}"`).all()
			) as Record<string, unknown>[];
			for (const row of rows) {
				const values = Object.values(row).filter((v): v is string => typeof v === 'string');
				const toB = values.filter((v) => bIds.has(v) || v === bAllianceId);
				if (!toB.length) continue;
				if (owner || values.some((v) => aIds.has(v) || v === aAllianceId)) {
					found.push(`${name}: ${JSON.stringify(row).slice(0, 300)}`);
				}
			}
		}
		return found;
	} finally {
		db.close();
	}
}
