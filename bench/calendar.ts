// node bench/calendar.ts [--events=5000] [--rounds=20]
//
// The calendar's read side in one process, without HTTP: a fresh SQLite file with one alliance,
// 1,000 partners and the bench's 5,000 events (events.bench.ts), then CPU time (process.cpuUsage,
// so other work on the shared machine skews it less than wall time) of what an uncached render of
// /termine and of the month view asks of the calendar services, and of the full iCalendar feed:
// first build, warm build (nothing changed) and the build after one event changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../src/lib/server/db/db.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { createAlliance } from '../src/lib/server/alliances/alliance.service.ts';
import { seedBenchEvents } from '../src/lib/server/events/demo/events.bench.ts';
import { EMPTY_FILTER } from '../src/lib/server/events/calendar/calendar-filter.ts';
import { upcomingSeries } from '../src/lib/server/events/calendar/calendar-series.ts';
import { month } from '../src/lib/server/events/calendar/calendar-month.service.ts';
import { filterOptions } from '../src/lib/server/events/calendar/calendar-page.ts';
import { calendarIcs } from '../src/lib/server/events/calendar/calendar-feed.service.ts';
import { bumpCalendarState } from '../src/lib/server/events/core/event.repository.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number) =>
	Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const EVENTS = arg('events', 5000);
const ROUNDS = arg('rounds', 20);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-calbench-'));
const handle = createDb({ dataDir: dir });
const db = handle.db;
await migrateToLatest(db, {});
const alliance = await createAlliance({ db }, { slug: 'bench', name: 'Bündnis Bench' });
const time = new Date().toISOString();
await db
	.insertInto('partner')
	.values(
		Array.from({ length: 1000 }, (_, i) => ({
			id: crypto.randomUUID(),
			alliance_id: alliance.id,
			slug: `partner-${i}`,
			name: `Partner ${i}`,
			kind: 'association',
			description_html: '',
			contribution: '',
			street: '',
			postal_code: '',
			city: '',
			district: '',
			website: '',
			public_email: `p${i}@example.org`,
			joined_on: '2020-01-01',
			created_at: time,
			updated_at: time
		}))
	)
	.execute()
	.catch(async () => {
		// SQLite's variable limit: in pieces.
		for (let i = 0; i < 1000; i += 50) {
			await db
				.insertInto('partner')
				.values(
					Array.from({ length: 50 }, (_, j) => ({
						id: crypto.randomUUID(),
						alliance_id: alliance.id,
						slug: `partner-${i + j}`,
						name: `Partner ${i + j}`,
						kind: 'association',
						description_html: '',
						contribution: '',
						street: '',
						postal_code: '',
						city: '',
						district: '',
						website: '',
						public_email: `p${i + j}@example.org`,
						joined_on: '2020-01-01',
						created_at: time,
						updated_at: time
					}))
				)
				.execute();
		}
	});
const seeded = await seedBenchEvents({ db }, alliance.id, EVENTS);
const ctx = { db };
const site = { baseUrl: 'https://bench.example.org', name: 'Bündnis Bench' };

/** CPU (user + system) and wall milliseconds of one call. */
async function timed<T>(fn: () => Promise<T>): Promise<{ cpu: number; wall: number; value: T }> {
	const cpu = process.cpuUsage();
	const wall = performance.now();
	const value = await fn();
	const used = process.cpuUsage(cpu);
	return { cpu: (used.user + used.system) / 1000, wall: performance.now() - wall, value };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function series(name: string, fn: () => Promise<unknown>, rounds = ROUNDS) {
	await fn();
	const cpu: number[] = [];
	const wall: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const t = await timed(fn);
		cpu.push(t.cpu);
		wall.push(t.wall);
	}
	console.log(
		`${name.padEnd(44)} CPU median ${median(cpu).toFixed(1).padStart(6)} ms, wall median ${median(wall).toFixed(1).padStart(6)} ms`
	);
}

console.log(
	`${seeded.events} events, ${seeded.occurrences} occurrences; load ${os.loadavg()[0]?.toFixed(2)}`
);
const monthValue = new Date().toISOString().slice(0, 7);
await series('/termine: filterOptions', () => filterOptions(ctx, alliance.id));
await series('/termine: upcomingSeries page 1', () =>
	upcomingSeries(ctx, alliance.id, EMPTY_FILTER)
);
await series(`month ${monthValue}`, () => month(ctx, alliance.id, EMPTY_FILTER, monthValue));

const feed = () => calendarIcs(ctx, alliance.id, EMPTY_FILTER, site, { title: 'Termine' });
const first = await timed(feed);
console.log(
	`${'ICS feed: first build'.padEnd(44)} CPU ${first.cpu.toFixed(1).padStart(6)} ms, wall ${first.wall.toFixed(1).padStart(6)} ms (${(first.value.length / 1024 / 1024).toFixed(1)} MB)`
);
await series('ICS feed: build again, nothing changed', feed, 10);
const ids = (
	await db.selectFrom('event').select('id').where('alliance_id', '=', alliance.id).execute()
).map((r) => r.id);
let n = 0;
await series(
	'ICS feed: build after one event changed',
	async () => {
		const id = ids[n++ % ids.length] ?? '';
		await db
			.updateTable('event')
			.set({ title: `Geändert ${n}`, updated_at: new Date(Date.now() + n).toISOString() })
			.where('id', '=', id)
			.execute();
		await bumpCalendarState(db, alliance.id, new Date().toISOString());
		await feed();
	},
	10
);
await handle.close();
if (args.includes('--keep')) console.log(`kept: ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
