import { formatUtc } from './ics.ts';

/*
 * The serialised VEVENTs of each event, kept between builds of the iCalendar feeds: after one
 * change only that event is serialised again, the feed is put together from the kept blocks
 * (calendar-feed.service.ts). A block is current while its version is the event's: everything
 * its VEVENTs are made of that is not fixed by the event's id (see `calendarIcs`). DTSTAMP, the
 * time of the answer, is left out of the kept text and put in when the feed is assembled.
 */

/** The DTSTAMP a block is serialised with; its line is cut out and filled in per feed. */
export const BLOCK_STAMP = new Date('2000-01-01T00:00:00.000Z');
const STAMP_LINE = `\r\nDTSTAMP:${formatUtc(BLOCK_STAMP.toISOString())}\r\n`;

/** Upper bound of the kept text, in characters (the benchmark's 5,000 events: 3.3 million). */
export const MAX_BLOCK_CHARS = 16 * 1024 * 1024;

interface Block {
	version: string;
	/** The block's text split at its DTSTAMP lines */
	parts: string[];
	chars: number;
	/** Read since the eviction last passed it (second chance instead of reordering per read) */
	read: boolean;
}

const blocks = new Map<string, Block>();
let chars = 0;
/** Blocks serialised since the start (each build adds those it could not take from `blocks`) */
let made = 0;

/** The kept block of `key` when its version is `version` (then marked as read). */
export function keptBlock(key: string, version: string): string[] | undefined {
	const block = blocks.get(key);
	if (!block || block.version !== version) return undefined;
	block.read = true;
	return block.parts;
}

/** Keeps the text of a block (made with BLOCK_STAMP), the oldest blocks leaving beyond the bound. */
export function keepBlock(key: string, version: string, text: string): string[] {
	made++;
	const parts = text.split(STAMP_LINE);
	const old = blocks.get(key);
	if (old) {
		blocks.delete(key);
		chars -= old.chars;
	}
	if (text.length > MAX_BLOCK_CHARS / 8) return parts;
	blocks.set(key, { version, parts, chars: text.length, read: false });
	chars += text.length;
	evict();
	return parts;
}

/**
 * Drops blocks, oldest first, until the kept text is within the bound; a block read since the
 * last pass gets a second chance at the end of the line (a feed of 5,000 events reads 5,000
 * blocks per build: moving each to the end on every read cost more than the rest of the lookup).
 */
function evict(): void {
	for (const [key, block] of blocks) {
		if (chars <= MAX_BLOCK_CHARS) return;
		blocks.delete(key);
		if (block.read) {
			block.read = false;
			blocks.set(key, block);
		} else {
			chars -= block.chars;
		}
	}
}

/**
 * Kept blocks put together with the answer's DTSTAMP (pieces for one join: joining each block
 * first would copy the feed's text twice).
 */
export function pushStamped(pieces: string[], parts: readonly string[], stamp: Date): void {
	const line = stampLine(stamp);
	pieces.push(parts[0] ?? '');
	for (let i = 1; i < parts.length; i++) pieces.push(line, parts[i] ?? '');
}

let lastStamp = { ms: NaN, line: '' };

function stampLine(stamp: Date): string {
	if (lastStamp.ms !== stamp.getTime()) {
		lastStamp = {
			ms: stamp.getTime(),
			line: `\r\nDTSTAMP:${formatUtc(stamp.toISOString())}\r\n`
		};
	}
	return lastStamp.line;
}

/** How many blocks and characters are kept, and how many blocks were made so far (tests, metrics). */
export function keptBlocks(): { blocks: number; chars: number; made: number } {
	return { blocks: blocks.size, chars, made };
}

/** Drops every kept block (tests: a build from nothing to compare with). */
export function forgetKeptBlocks(): void {
	blocks.clear();
	chars = 0;
}
