// A document of the internal library is for the alliance's members only: the coordinator puts
// a PDF into a folder of /intern/bibliothek; a partner contact (a member, not the uploader)
// gets it at /dateien/<id> and from the library; an anonymous visitor gets a 404 for the same
// address, also with the member's ETag; and no answer ever lets a shared cache keep it.
import crypto from 'node:crypto';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { APIResponse, Browser, BrowserContext } from 'playwright-core';
import { login, url } from './support/app.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';

let browser: Browser;
let member: BrowserContext;

const token = crypto.randomBytes(4).toString('hex');
const title = `Protokoll Plenum ${token}`;
/** A small, well-formed PDF with a marker that must never reach a visitor. */
const secret = `Vertraulich ${token}`;
const pdf = Buffer.from(
	[
		'%PDF-1.4',
		'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
		'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
		'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >> endobj',
		`4 0 obj << /Length ${secret.length + 24} >> stream`,
		`BT /F1 12 Tf 20 100 Td (${secret}) Tj ET`,
		'endstream endobj',
		'trailer << /Root 1 0 R >>',
		'%%EOF',
		''
	].join('\n'),
	'latin1'
);

const ids = { document: '', file: '', etag: '' };

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Fails when a response could be kept by a shared cache. */
function expectNotPublic(response: Response | APIResponse, where: string): void {
	const control =
		response instanceof Response
			? (response.headers.get('cache-control') ?? '')
			: (response.headers()['cache-control'] ?? '');
	expect(control, `${where}: Cache-Control`).not.toMatch(/public|s-maxage|immutable/i);
}

/** The file behind a library document (the library links its own download route). */
function fileIdOf(documentId: string): string {
	const db = new SQLite(path.join(inject('dataDir'), 'buendnis.sqlite'), { readonly: true });
	try {
		const row = db.prepare('select file_id from library_document where id = ?').get(documentId) as
			{ file_id: string } | undefined;
		if (!row) throw new Error(`no library_document ${documentId}`);
		return row.file_id;
	} finally {
		db.close();
	}
}

test('the coordinator files a PDF in the internal document library', async () => {
	const coordinator = await desktopContext(browser, { javaScriptEnabled: false });
	const page = await coordinator.newPage();
	await login(page, 'coordinator');
	await page.goto(url('/intern/bibliothek'));
	expect(await page.locator('h1').innerText()).toBe('Dokumente');
	const upload = page.locator('form[action="?/upload"]');
	await upload
		.locator('input[type=file]')
		.setInputFiles({ name: 'protokoll.pdf', mimeType: 'application/pdf', buffer: pdf });
	await upload.getByLabel('Titel').fill(title);
	await upload.getByLabel('Ordner').selectOption({ label: 'Protokolle' });
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		upload.getByRole('button', { name: 'Dokument hochladen' }).click()
	]);
	expect(await page.locator('main [role=status]').first().innerText()).toBe(
		'Das Dokument ist hochgeladen.'
	);
	const folder = page.locator('main section.folder', {
		has: page.locator('h2', { hasText: 'Protokolle' })
	});
	const link = folder.getByRole('link', { name: title });
	ids.document = (await link.getAttribute('href'))?.replace(/^\/intern\/bibliothek\//, '') ?? '';
	expect(ids.document).toMatch(/^[\w-]+$/);
	ids.file = fileIdOf(ids.document);
	await coordinator.close();
});

test('a signed-in member gets the document, never for shared caches', async () => {
	expect(ids.file).not.toBe('');
	member = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await member.newPage();
	await login(page, 'partner');

	// The library lists it for every member.
	await page.goto(url('/intern/bibliothek'));
	expect(await page.locator('main').getByRole('link', { name: title }).count()).toBe(1);

	const file = await member.request.get(url(`/dateien/${ids.file}`));
	expect(file.status()).toBe(200);
	expect(file.headers()['content-type']).toBe('application/pdf');
	expect(Buffer.compare(await file.body(), pdf)).toBe(0);
	expectNotPublic(file, 'member /dateien');
	const etag = file.headers()['etag'] ?? '';
	expect(etag).not.toBe('');
	ids.etag = etag;

	// Asked again with the ETag: 304, still private.
	const again = await member.request.get(url(`/dateien/${ids.file}`), {
		headers: { 'if-none-match': etag }
	});
	expect(again.status()).toBe(304);
	expectNotPublic(again, 'member /dateien 304');

	const download = await member.request.get(url(`/intern/bibliothek/${ids.document}`));
	expect(download.status()).toBe(200);
	expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
	expect(Buffer.compare(await download.body(), pdf)).toBe(0);
	expectNotPublic(download, 'member /intern/bibliothek');
	await member.close();
});

test('an anonymous visitor gets a 404 for the same address, also with the member’s ETag', async () => {
	expect(ids.file).not.toBe('');
	const fileUrl = url(`/dateien/${ids.file}`);
	const plain = await fetch(fileUrl, { redirect: 'manual' });
	const body = Buffer.from(await plain.arrayBuffer());
	expect(plain.status).toBe(404);
	expect(plain.headers.get('content-type') ?? '').not.toMatch(/pdf/);
	expect(body.includes(secret)).toBe(false);
	expectNotPublic(plain, 'anonymous /dateien');

	expect(ids.etag).not.toBe('');
	const guess = await fetch(fileUrl, {
		headers: { 'if-none-match': ids.etag },
		redirect: 'manual'
	});
	await guess.arrayBuffer();
	expect(guess.status, 'no 304 that would confirm the file exists').toBe(404);
	expectNotPublic(guess, 'anonymous /dateien with the ETag');

	// The library's own download sends the visitor to the login, without the document.
	const library = await fetch(url(`/intern/bibliothek/${ids.document}`), { redirect: 'manual' });
	const libraryBody = Buffer.from(await library.arrayBuffer());
	expect(
		[303, 302, 307].includes(library.status) &&
			/^\/anmelden\b/.test(library.headers.get('location') ?? ''),
		`${library.status} ${library.headers.get('location') ?? ''}`
	).toBe(true);
	expect(libraryBody.includes(secret)).toBe(false);
	expectNotPublic(library, 'anonymous /intern/bibliothek');

	// In a browser: an error page, no download.
	const visitor = await phoneContext(browser, { javaScriptEnabled: false });
	const page = await visitor.newPage();
	let downloaded = false;
	page.on('download', () => (downloaded = true));
	const response = await page.goto(fileUrl);
	expect(response?.status()).toBe(404);
	expect(response?.headers()['content-type']).toMatch(/^text\/html/);
	expect(await page.content()).not.toContain(secret);
	expect(downloaded).toBe(false);
	await visitor.close();
});
