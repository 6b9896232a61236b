import fs from 'node:fs';
import type { Writable } from 'node:stream';
import zlib from 'node:zlib';

/*
 * A minimal ustar writer and reader: enough for our backups (regular files, names under 100
 * bytes), and readable by any `tar -xzf`, so an operator can look inside without our code.
 */

const BLOCK = 512;

function octal(value: number, width: number): string {
	return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtime: Date): Buffer {
	const nameBytes = Buffer.from(name, 'utf8');
	if (nameBytes.length > 100) throw new Error(`tar: name too long: ${name}`);
	const h = Buffer.alloc(BLOCK, 0);
	nameBytes.copy(h, 0);
	h.write(octal(0o644, 8), 100, 'ascii');
	h.write(octal(0, 8), 108, 'ascii');
	h.write(octal(0, 8), 116, 'ascii');
	h.write(octal(size, 12), 124, 'ascii');
	h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
	h.write('        ', 148, 'ascii'); // checksum placeholder
	h.write('0', 156, 'ascii');
	h.write('ustar\0', 257, 'ascii');
	h.write('00', 263, 'ascii');
	let sum = 0;
	for (const byte of h) sum += byte;
	h.write(octal(sum, 7) + ' ', 148, 'ascii');
	return h;
}

function write(out: Writable, chunk: Buffer): Promise<void> {
	if (out.write(chunk)) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const onError = (error: Error) => {
			out.off('drain', onDrain);
			reject(error);
		};
		const onDrain = () => {
			out.off('error', onError);
			resolve();
		};
		out.once('drain', onDrain);
		out.once('error', onError);
	});
}

export class TarWriter {
	private readonly out: Writable;
	constructor(out: Writable) {
		this.out = out;
	}

	/** Adds one file; `body` is its bytes or chunks of exactly `size` bytes in total. */
	async add(
		name: string,
		body: Buffer | AsyncIterable<Buffer>,
		size: number,
		mtime = new Date()
	): Promise<void> {
		await write(this.out, header(name, size, mtime));
		let written = 0;
		for await (const chunk of Buffer.isBuffer(body) ? [body] : body) {
			written += chunk.length;
			await write(this.out, chunk);
		}
		if (written !== size) throw new Error(`tar: ${name} changed while read (${written} ≠ ${size})`);
		const pad = (BLOCK - (size % BLOCK)) % BLOCK;
		if (pad) await write(this.out, Buffer.alloc(pad, 0));
	}

	async finish(): Promise<void> {
		await write(this.out, Buffer.alloc(BLOCK * 2, 0));
		await new Promise<void>((resolve, reject) => {
			this.out.once('error', reject);
			this.out.end(resolve);
		});
	}
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
	private buffered: Buffer = Buffer.alloc(0);
	private done = false;
	private readonly source: AsyncIterator<Buffer>;
	constructor(source: AsyncIterator<Buffer>) {
		this.source = source;
	}

	private async fill(n: number): Promise<void> {
		while (this.buffered.length < n && !this.done) {
			const next = await this.source.next();
			if (next.done) this.done = true;
			else this.buffered = Buffer.concat([this.buffered, next.value]);
		}
	}

	async read(n: number): Promise<Buffer> {
		await this.fill(n);
		const out = this.buffered.subarray(0, n);
		this.buffered = this.buffered.subarray(out.length);
		return out;
	}

	async *chunks(n: number): AsyncGenerator<Buffer> {
		let left = n;
		while (left > 0) {
			await this.fill(1);
			if (!this.buffered.length) throw new Error('tar: archive ends inside a file');
			const take = this.buffered.subarray(0, Math.min(left, this.buffered.length));
			this.buffered = this.buffered.subarray(take.length);
			left -= take.length;
			yield take;
		}
	}
}

export interface TarEntry {
	name: string;
	size: number;
	/** The bytes, in chunks; must be consumed before the next entry is read. */
	chunks: () => AsyncGenerator<Buffer>;
}

export async function* readTar(input: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
	const reader = new ByteReader(input[Symbol.asyncIterator]());
	for (;;) {
		const h = await reader.read(BLOCK);
		if (h.length < BLOCK || h.every((b) => b === 0)) return;
		const name = h.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
		const size = Number.parseInt(
			h.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim(),
			8
		);
		if (!Number.isFinite(size)) throw new Error('tar: damaged header');
		let consumed = false;
		yield {
			name,
			size,
			chunks: () => {
				consumed = true;
				return reader.chunks(size);
			}
		};
		if (!consumed) for await (const _ of reader.chunks(size)) void _;
		const pad = (BLOCK - (size % BLOCK)) % BLOCK;
		if (pad) await reader.read(pad);
	}
}

export async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
	const parts: Buffer[] = [];
	for await (const c of chunks) parts.push(c);
	return Buffer.concat(parts);
}

/** A .tar.gz as a stream of bytes; a missing or unreadable file fails the stream (no crash). */
export function openArchive(file: string): zlib.Gunzip {
	const input = fs.createReadStream(file);
	const gunzip = zlib.createGunzip();
	input.on('error', (error) => gunzip.destroy(error));
	return input.pipe(gunzip);
}
