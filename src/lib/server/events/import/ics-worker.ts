import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { countOccurrences, expandOccurrences } from '../core/recurrence.ts';
import { normalizeRrule } from '../core/rrule-text.ts';
import { localDate, utcToWall, wallToUtc } from '../core/time-zone.ts';
import { IcsParseError, parseIcs, type IcsComponent, type IcsProblem } from './ics-parse.ts';

/*
 * A subscribed feed is read, checked and counted in a worker thread, never on the request
 * path (issue 7): one hostile file (a daily rule from the year 0001, 3,000 events with 1,000
 * dates each, an event in the year 9999) cannot block the event loop. Hard limits: time
 * (the worker is terminated), memory (V8 resource limits), bytes (safe-fetch.ts), events
 * (MAX_COMPONENTS), dates per series (recurrence.ts: MAX_RULE_OCCURRENCES, counted up to two
 * years ahead) and dates per feed (in the materialised window). One worker at a time per
 * process. The module starts itself as the worker (same file, so the build needs no extra
 * entry). See docs/decisions/035-import-isolation.md.
 */

export interface FeedLimits {
	timeoutMs: number;
	maxMemoryMb: number;
	/** Dates of all series of one feed in the window the calendar materialises */
	maxFeedOccurrences: number;
}

export const FEED_LIMITS: FeedLimits = {
	timeoutMs: 20_000,
	maxMemoryMb: 256,
	maxFeedOccurrences: 20_000
};

export type ParseProblem =
	'notIcs' | 'badIcs' | 'tooMany' | 'parseTimeout' | 'memory' | 'tooManyOccurrences' | 'worker';

export type ParseOutcome =
	| { ok: true; components: IcsComponent[]; problems: IcsProblem[]; occurrences: number }
	| { ok: false; problem: ParseProblem; detail: string };

/** Text of the file by the Content-Type charset; without one UTF-8, else Windows-1252. */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
	const charset = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
	if (charset) {
		try {
			return new TextDecoder(charset).decode(bytes);
		} catch {
			// An unknown charset name: guess below.
		}
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

const YEAR = 365.25 * 86_400_000;

/** Parses, repairs and checks a feed (runs inside the worker; exported for unit tests). */
export function readFeed(
	bytes: Uint8Array,
	contentType: string | null,
	now: Date,
	limits: FeedLimits = FEED_LIMITS
): ParseOutcome {
	let parsed;
	try {
		parsed = parseIcs(decodeFeed(bytes, contentType), now);
	} catch (error) {
		if (error instanceof IcsParseError) {
			return { ok: false, problem: error.problem, detail: error.message };
		}
		return { ok: false, problem: 'badIcs', detail: String(error) };
	}
	const problems = parsed.problems;
	const components: IcsComponent[] = [];
	// The window the calendar materialises (occurrence-cache.ts: 3 years back, 19 months ahead).
	const window = {
		from: new Date(now.getTime() - 3 * YEAR).toISOString(),
		to: new Date(now.getTime() + 2 * YEAR).toISOString()
	};
	let occurrences = 0;
	for (const c of parsed.components) {
		if (c.rrule && !c.recurrenceId) {
			const options = { allDay: c.allDay, start: c.start, timeZone: c.timeZone, now };
			const normal = normalizeRrule(c.rrule, options);
			if (!normal.ok) {
				problems.push({
					uid: c.uid,
					title: c.summary.slice(0, 200),
					reason: normal.error,
					detail: `RRULE:${c.rrule}`.slice(0, 300),
					skipped: true
				});
				continue;
			}
			c.rrule = normal.rrule;
			if (c.exdateDays.length) {
				// EXDATE as a date on a timed series: every date of that day (in the series' zone).
				const days = new Set(c.exdateDays);
				const series = {
					start: c.start,
					end: c.end,
					allDay: c.allDay,
					timeZone: c.timeZone,
					rrule: c.rrule
				};
				const horizon = new Date(now.getTime() + 2 * YEAR).toISOString();
				for (const o of expandOccurrences(series, [], { from: c.start, to: horizon })) {
					if (days.has(localDate(o.start, c.timeZone))) c.exdates.push(o.recurrenceId);
				}
			}
			const count = countOccurrences(
				{ start: c.start, end: c.end, allDay: c.allDay, timeZone: c.timeZone, rrule: c.rrule },
				now,
				window
			);
			occurrences += count.ok ? count.inWindow : 0;
		} else {
			occurrences += c.rdates.length + 1;
		}
		if (occurrences > limits.maxFeedOccurrences) {
			return {
				ok: false,
				problem: 'tooManyOccurrences',
				detail: `more than ${limits.maxFeedOccurrences} dates`
			};
		}
		components.push(c);
	}
	return { ok: true, components: applyThisAndFuture(components, now), problems, occurrences };
}

/**
 * RECURRENCE-ID;RANGE=THISANDFUTURE: the change applies to that date and every later one
 * (RFC 5545 §3.8.4.4). Each later date of the series (up to two years ahead) gets the same
 * shift, duration and texts as a changed date of its own, unless the file changes it itself.
 */
function applyThisAndFuture(components: IcsComponent[], now: Date): IcsComponent[] {
	const ranges = components.filter((c) => c.recurrenceId && c.thisAndFuture);
	if (!ranges.length) return components;
	const out = [...components];
	const horizon = new Date(now.getTime() + 2 * YEAR).toISOString();
	for (const range of ranges.sort((a, b) => (a.recurrenceId! < b.recurrenceId! ? -1 : 1))) {
		const master = components.find((c) => c.uid === range.uid && !c.recurrenceId);
		if (!master || (!master.rrule && !master.rdates.length)) continue;
		const rid = Date.parse(master.allDay ? range.recurrenceIdDate! : range.recurrenceId!);
		// The shift on the series' clock: 10:00 → 10:00 two days later also across a DST change.
		const zone = master.timeZone;
		const shift = utcToWall(Date.parse(range.start), zone) - utcToWall(rid, zone);
		const duration = Date.parse(range.end) - Date.parse(range.start);
		const series = {
			start: master.start,
			end: master.end,
			allDay: master.allDay,
			timeZone: master.timeZone,
			rrule: master.rrule,
			rdates: master.rdates,
			exdates: master.exdates
		};
		for (const o of expandOccurrences(series, [], { from: range.recurrenceId!, to: horizon })) {
			const at = Date.parse(o.recurrenceId);
			if (at <= rid) continue;
			const own = out.findIndex((c) => c.uid === range.uid && c.recurrenceId === o.recurrenceId);
			if (own >= 0 && !out[own]!.thisAndFuture && out[own]!.sequence >= range.sequence) continue;
			const start = new Date(wallToUtc(utcToWall(at, zone) + shift, zone)).toISOString();
			const replacement: IcsComponent = {
				...range,
				thisAndFuture: false,
				recurrenceId: o.recurrenceId,
				recurrenceIdDate: o.recurrenceId,
				start,
				end: new Date(Date.parse(start) + duration).toISOString()
			};
			if (own >= 0) out[own] = replacement;
			else out.push(replacement);
		}
	}
	return out;
}

function runWorker(
	bytes: Uint8Array,
	contentType: string | null,
	now: Date,
	limits: FeedLimits
): Promise<ParseOutcome> {
	return new Promise((resolve) => {
		const worker = new Worker(new URL(import.meta.url), {
			workerData: { icsImportWorker: true, bytes, contentType, now: now.toISOString(), limits },
			resourceLimits: {
				maxOldGenerationSizeMb: limits.maxMemoryMb,
				maxYoungGenerationSizeMb: 32,
				stackSizeMb: 4
			}
		});
		let done = false;
		const finish = (outcome: ParseOutcome) => {
			if (done) return;
			done = true;
			clearTimeout(timer);
			void worker.terminate();
			resolve(outcome);
		};
		const timer = setTimeout(
			() =>
				finish({
					ok: false,
					problem: 'parseTimeout',
					detail: `no result within ${limits.timeoutMs} ms`
				}),
			limits.timeoutMs
		);
		worker.once('message', (message: ParseOutcome) => finish(message));
		worker.once('error', (error: Error & { code?: string }) =>
			finish({
				ok: false,
				problem: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'worker',
				detail: String(error.message).slice(0, 500)
			})
		);
		worker.once('exit', (code) =>
			finish({ ok: false, problem: 'worker', detail: `worker ended (${code})` })
		);
	});
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads a feed in a worker thread under the limits; one at a time per process. */
export function parseFeedIsolated(
	bytes: Uint8Array,
	contentType: string | null,
	now: Date,
	limits: FeedLimits = FEED_LIMITS
): Promise<ParseOutcome> {
	const run = queue.then(() => runWorker(bytes, contentType, now, limits));
	queue = run.catch(() => undefined);
	return run;
}

if (!isMainThread && parentPort && (workerData as { icsImportWorker?: boolean })?.icsImportWorker) {
	const input = workerData as {
		bytes: Uint8Array;
		contentType: string | null;
		now: string;
		limits: FeedLimits;
	};
	parentPort.postMessage(
		readFeed(input.bytes, input.contentType, new Date(input.now), input.limits)
	);
}
