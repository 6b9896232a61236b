// The brand shows: a wide, a square and a tall logo each appear at their own aspect ratio and a
// legible size in the header and the footer, on a phone and a desktop, and social previews
// (og:image) carry the logo. Screenshots land in test-results/brand/ for a person to look at.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { login, url } from './support/app.ts';
import { ROOT } from './support/app-process.ts';
import { desktopContext, launchBrowser, phoneContext } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const SHOTS = path.join(ROOT, 'test-results', 'brand');

/** A logo with a frame and a word, so a squeezed or cropped one is easy to see. */
async function logo(width: number, height: number): Promise<Buffer> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect x="4" y="4" width="${width - 8}" height="${height - 8}" rx="16" fill="#ffffff" stroke="#1f5f8b" stroke-width="8"/>
<circle cx="${Math.min(width, height) / 2}" cy="${Math.min(width, height) / 2}" r="${Math.min(width, height) / 4}" fill="#a3431d"/>
<text x="${width / 2}" y="${height - 24}" font-family="sans-serif" font-size="${Math.min(width, height) / 5}" text-anchor="middle" fill="#1f5f8b">Musterstadt</text>
</svg>`;
	return sharp(Buffer.from(svg)).png().toBuffer();
}

async function uploadLogo(page: Page, name: string, buffer: Buffer) {
	await page.goto(url('/admin/profil'));
	await page.locator('input[name=logo]').setInputFiles({ name, mimeType: 'image/png', buffer });
	await Promise.all([
		page.waitForLoadState('domcontentloaded'),
		page.locator('form:has(input[name=logo]) button[type=submit]').last().click()
	]);
	await page.locator('[role=status]').first().waitFor();
}

async function box(page: Page, selector: string) {
	const b = await page.locator(selector).first().boundingBox();
	if (!b) throw new Error(`${selector} is not shown on ${page.url()}`);
	return b;
}

const SHAPES = [
	{ key: 'wide', width: 600, height: 200 },
	{ key: 'square', width: 400, height: 400 },
	{ key: 'tall', width: 200, height: 500 }
];

test('wide, square and tall logos keep their shape and a legible size; og:image is the logo', async () => {
	fs.mkdirSync(SHOTS, { recursive: true });
	const admin = await desktopContext(browser, { javaScriptEnabled: false });
	const coordinator = await admin.newPage();
	await login(coordinator, 'coordinator');
	const problems: string[] = [];
	for (const shape of SHAPES) {
		await uploadLogo(coordinator, `logo-${shape.key}.png`, await logo(shape.width, shape.height));
		const ratio = shape.width / shape.height;
		for (const [device, make] of [
			['phone', phoneContext],
			['desktop', desktopContext]
		] as const) {
			const context = await make(browser);
			const page = await context.newPage();
			await page.goto(url('/'));
			await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
			for (const where of ['header .brand img', 'footer .footer-logo img']) {
				const b = await box(page, where);
				const shown = b.width / b.height;
				if (Math.abs(shown - ratio) / ratio > 0.03) {
					problems.push(`${shape.key}/${device} ${where}: ${b.width}×${b.height}, ratio ${shown}`);
				}
				// Legible: the longer side at least 64 px, the shorter at least 24 px.
				if (Math.max(b.width, b.height) < 64 || Math.min(b.width, b.height) < 24) {
					problems.push(`${shape.key}/${device} ${where}: too small (${b.width}×${b.height})`);
				}
			}
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			if (overflow > 0) problems.push(`${shape.key}/${device}: scrolls sideways by ${overflow}px`);
			await page.screenshot({ path: path.join(SHOTS, `${shape.key}-${device}.png`) });
			await page.screenshot({
				path: path.join(SHOTS, `${shape.key}-${device}-full.png`),
				fullPage: true
			});
			await context.close();
		}

		// Social previews: an absolute address of the logo, with its size.
		const html = await (await fetch(url('/'))).text();
		const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
		expect(og, 'og:image on the home page').toMatch(/^https?:\/\/.+\/dateien\//);
		const image = await fetch(og!);
		expect(image.headers.get('content-type')).toMatch(/^image\//);
		const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
		expect((meta.width ?? 0) / (meta.height ?? 1)).toBeCloseTo(ratio, 1);
		expect(html).toContain(`<meta property="og:image:width" content="${meta.width}"`);

		// The embeddable calendar shows the logo too, at its own shape.
		const widget = await (await fetch(url('/widget/termine'))).text();
		expect(widget, 'the widget shows the logo').toMatch(
			/<img[^>]+\/dateien\/[^"]+"[^>]*alt="[^"]+"/
		);
	}
	await admin.close();
	expect(problems, problems.join('\n')).toEqual([]);
});
