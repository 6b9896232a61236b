import { CompiledQuery, type Compilable } from 'kysely';
import type { DB } from './db.ts';

/*
 * A query whose shape repeats with other values (the next dates of twenty series: twenty
 * branches of one UNION ALL) is built and compiled by Kysely once per shape instead of on every
 * call: building and compiling such a query cost twice as long as SQLite took to run it (2.3 of
 * 4.7 ms on /termine). `build` is called once per shape key with stand-ins instead of values;
 * each call then puts its own values where the compiled query's parameters hold the stand-ins.
 * The SQL text stays the same, so SQLite's statement cache (db.ts) reuses the prepared statement.
 */

/** A value `build` receives in place of a real one; marks its parameter's position. */
export type StandIn = string;

interface Template {
	sql: string;
	/** Per parameter: the stand-in's name, or the literal value the builder put there */
	slots: { name: string | null; literal: unknown }[];
}

const PREFIX = '\u0000standin:';

/** Stand-ins for numbers (LIMIT): values no caller passes, recognised by position. */
const NUMBER_BASE = -1_000_000_007;

type Build<Row, Shape> = (
	db: DB,
	shape: Shape,
	standIn: (name: string) => StandIn,
	numberStandIn: (name: string) => number
) => Compilable<Row>;

export class ReusableQuery<Row, Shape> {
	/** Per database (SQLite and PostgreSQL compile differently), per shape */
	readonly #templates = new WeakMap<DB, Map<string, Template>>();
	readonly #build: Build<Row, Shape>;
	readonly #key: (shape: Shape) => string;

	// No parameter properties: plain Node (scripts, the benchmark) runs this file type-stripped.
	/**
	 * @param build makes the query of a shape (what differs between calls besides values: a
	 *   count of branches, of values in a list) with stand-ins for the values
	 * @param key names a shape
	 */
	constructor(build: Build<Row, Shape>, key: (shape: Shape) => string) {
		this.#build = build;
		this.#key = key;
	}

	/** Runs the query of `shape` with `values`, a value per stand-in name. */
	async execute(db: DB, shape: Shape, values: Record<string, unknown>): Promise<Row[]> {
		let templates = this.#templates.get(db);
		if (!templates) {
			templates = new Map();
			this.#templates.set(db, templates);
		}
		const key = this.#key(shape);
		let template = templates.get(key);
		if (!template) {
			template = this.#compile(db, shape);
			// Shapes are few (a page size's worth); bounded all the same.
			if (templates.size >= 64) templates.clear();
			templates.set(key, template);
		}
		const parameters = template.slots.map((slot) => {
			if (slot.name === null) return slot.literal;
			if (!(slot.name in values)) throw new Error(`ReusableQuery: no value for ${slot.name}`);
			return values[slot.name];
		});
		const result = await db.executeQuery<Row>(CompiledQuery.raw(template.sql, parameters));
		return result.rows;
	}

	#compile(db: DB, shape: Shape): Template {
		const numbers = new Map<number, string>();
		const compiled = this.#build(
			db,
			shape,
			(name) => `${PREFIX}${name}`,
			(name) => {
				const value = NUMBER_BASE - numbers.size;
				numbers.set(value, name);
				return value;
			}
		).compile();
		return {
			sql: compiled.sql,
			slots: compiled.parameters.map((p) => {
				if (typeof p === 'string' && p.startsWith(PREFIX)) {
					return { name: p.slice(PREFIX.length), literal: null };
				}
				if (typeof p === 'number' && numbers.has(p))
					return { name: numbers.get(p)!, literal: null };
				return { name: null, literal: p };
			})
		};
	}
}
