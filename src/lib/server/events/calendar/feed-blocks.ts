import { formatUtc } from './ics.ts';

/*
 * The serialised VEVENTs of each event, kept between builds of the iCalendar feeds: after one
 * change only that event is serialised again, the feed is put together from the kept blocks
 * (calendar-feed.service.ts). A block is current while its version is the event's: everything
 * its VEVENTs are made of that is not fixed by the event's id (see `calendarIcs`). DTSTAMP, the
 * time of the answer, is left out of the kept text and put in when the feed is assembled.
 *
 * Blocks are kept as UTF-8 bytes and the feed is copied together into one byte array: joining
 * 15,000 strings into a 3.3 MB text and encoding it for every build cost a third of a build
 * after a change in string copies and garbage collection (decision 097).
 */

/** The DTSTAMP a block is serialised with; its line is cut out and filled in per feed. */
export const BLOCK_STAMP = new Date('2000-01-01T00:00:00.000Z');
const STAMP_LINE = `\r\nDTSTAMP:${formatUtc(BLOCK_STAMP.toISOString())}\r\n`;

/** Upper bound of the kept bytes (the benchmark's 5,000 events: 3.3 million). */
export const MAX_BLOCK_BYTES = 16 * 1024 * 1024;

const encoder = new TextEncoder();

/** An event's VEVENTs as UTF-8 without their DTSTAMP lines; `cuts`: where those lines go. */
export interface FeedBlock {
	bytes: Uint8Array<ArrayBuffer>;
	/** Byte offsets in `bytes`, ascending, at which a DTSTAMP line is put in */
	cuts: readonly number[];
}

interface Kept extends FeedBlock {
	version: string;
	/** Read since the eviction last passed it (second chance instead of reordering per read) */
	read: boolean;
}

const blocks = new Map<string, Kept>();
let heldBytes = 0;
/** Blocks serialised since the start (each build adds those it could not take from `blocks`) */
let made = 0;

/** The kept block of `key` when its version is `version` (then marked as read). */
export function keptBlock(key: string, version: string): FeedBlock | undefined {
	const block = blocks.get(key);
	if (!block || block.version !== version) return undefined;
	block.read = true;
	return block;
}

/** The text of a block (made with BLOCK_STAMP) as bytes with the places of its DTSTAMP lines. */
function toBlock(text: string): FeedBlock {
	const parts = text.split(STAMP_LINE).map((part) => encoder.encode(part));
	const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
	const cuts: number[] = [];
	let at = 0;
	for (const [i, part] of parts.entries()) {
		if (i > 0) cuts.push(at);
		bytes.set(part, at);
		at += part.byteLength;
	}
	return { bytes, cuts };
}

/** Keeps the text of a block (made with BLOCK_STAMP), the oldest blocks leaving beyond the bound. */
export function keepBlock(key: string, version: string, text: string): FeedBlock {
	made++;
	const block = toBlock(text);
	const old = blocks.get(key);
	if (old) {
		blocks.delete(key);
		heldBytes -= old.bytes.byteLength;
	}
	if (block.bytes.byteLength > MAX_BLOCK_BYTES / 8) return block;
	blocks.set(key, { ...block, version, read: false });
	heldBytes += block.bytes.byteLength;
	evict();
	return block;
}

/**
 * Drops blocks, oldest first, until the kept bytes are within the bound; a block read since the
 * last pass gets a second chance at the end of the line (a feed of 5,000 events reads 5,000
 * blocks per build: moving each to the end on every read cost more than the rest of the lookup).
 */
function evict(): void {
	for (const [key, block] of blocks) {
		if (heldBytes <= MAX_BLOCK_BYTES) return;
		blocks.delete(key);
		if (block.read) {
			block.read = false;
			blocks.set(key, block);
		} else {
			heldBytes -= block.bytes.byteLength;
		}
	}
}

/**
 * The feed as UTF-8: `head`, the blocks with the answer's DTSTAMP line at their cuts, `end` —
 * sized first, then copied into one array.
 */
export function assembleFeed(
	head: string,
	feedBlocks: readonly FeedBlock[],
	end: string,
	stamp: Date
): Uint8Array<ArrayBuffer> {
	const line = stampLine(stamp);
	const first = encoder.encode(head);
	const last = encoder.encode(end);
	let size = first.byteLength + last.byteLength;
	for (const block of feedBlocks) size += block.bytes.byteLength + block.cuts.length * line.length;
	const out = new Uint8Array(size);
	out.set(first, 0);
	let at = first.byteLength;
	for (const { bytes, cuts } of feedBlocks) {
		let from = 0;
		for (const cut of cuts) {
			out.set(bytes.subarray(from, cut), at);
			at += cut - from;
			out.set(line, at);
			at += line.length;
			from = cut;
		}
		out.set(bytes.subarray(from), at);
		at += bytes.byteLength - from;
	}
	out.set(last, at);
	return out;
}

let lastStamp = { ms: NaN, line: new Uint8Array(0) };

function stampLine(stamp: Date): Uint8Array {
	if (lastStamp.ms !== stamp.getTime()) {
		lastStamp = {
			ms: stamp.getTime(),
			line: encoder.encode(`\r\nDTSTAMP:${formatUtc(stamp.toISOString())}\r\n`)
		};
	}
	return lastStamp.line;
}

/** How many blocks and bytes are kept, and how many blocks were made so far (tests, metrics). */
export function keptBlocks(): { blocks: number; bytes: number; made: number } {
	return { blocks: blocks.size, bytes: heldBytes, made };
}

/** Drops every kept block (tests: a build from nothing to compare with). */
export function forgetKeptBlocks(): void {
	blocks.clear();
	heldBytes = 0;
}
