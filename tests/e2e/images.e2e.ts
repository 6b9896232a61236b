// What was typed is what is shown: the description a coordinator gives an image is the one
// visitors' screen readers hear; a file chosen before an error is named and asked for again.
import crypto from 'node:crypto';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { login, url } from './support/app.ts';
import { desktopContext, launchBrowser } from './support/browser.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

test('the patron photo keeps its description: on the home page and back in the form', async () => {
	const token = crypto.randomBytes(3).toString('hex');
	const photo = await sharp({
		create: { width: 300, height: 400, channels: 3, background: { r: 200, g: 160, b: 120 } }
	})
		.png()
		.toBuffer();
	const context = await desktopContext(browser, { javaScriptEnabled: false });
	const page = await context.newPage();
	await login(page, 'coordinator');
	await page.goto(url('/admin/profil'));
	const form = page.locator('form').filter({ has: page.locator('input[name=patronPhoto]') });
	await page.locator('#f-patronName').fill('Dr. Miriam Hoffmann');
	await page
		.locator('input[name=patronPhoto]')
		.setInputFiles({ name: `hoffmann-${token}.png`, mimeType: 'image/png', buffer: photo });
	await page.locator('#f-patronPhotoAlt').fill('');
	const save = form.locator('button[type=submit]').last();

	// Without a description the save is refused – and the page names the file to choose again.
	await Promise.all([page.waitForLoadState('domcontentloaded'), save.click()]);
	expect(await page.locator('#f-patronPhotoAlt-error').innerText()).toMatch(/beschreiben/);
	expect(await page.locator('main').innerText()).toContain(
		`Sie hatten „hoffmann-${token}.png“ ausgewählt`
	);
	expect(await page.locator('#f-patronName').inputValue()).toBe('Dr. Miriam Hoffmann');

	const alt = `Dr. Miriam Hoffmann vor dem Rathaus ${token}`;
	await page
		.locator('input[name=patronPhoto]')
		.setInputFiles({ name: `hoffmann-${token}.png`, mimeType: 'image/png', buffer: photo });
	await page.locator('#f-patronPhotoAlt').fill(alt);
	await Promise.all([page.waitForLoadState('domcontentloaded'), save.click()]);
	await page.locator('[role=status]').first().waitFor();

	// The form shows the description back …
	await page.goto(url('/admin/profil'));
	expect(await page.locator('#f-patronPhotoAlt').inputValue()).toBe(alt);
	// … and visitors get it, not a made-up "Foto: …".
	await page.goto(url('/'));
	const img = page.locator('.patron img');
	expect(await img.getAttribute('alt')).toBe(alt);
	await context.close();
});
