// A partner embeds the calendar widget with automatic height on its own site (another origin).
// The frame grows to a long list and shrinks again to a single date when the partner changes
// the widget's filter — in both directions, with no empty space left below the list.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { url } from './support/app.ts';
import { launchBrowser, withTimeouts } from './support/browser.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
// The partner's site: a server of its own on another port (another origin on loopback;
// Chromium blocks requests from public origins to loopback, so no fake domain).
let host: http.Server;
let hostUrl = '';

beforeAll(async () => {
	browser = await launchBrowser();
	// Not bypassing CSP: the widget's own policy (script-src 'self') must allow its sizing script.
	context = withTimeouts(
		await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: 'de-DE' })
	);
	page = await context.newPage();
	host = http.createServer((_req, res) => {
		res.setHeader('content-type', 'text/html; charset=utf-8');
		res.end(hostPage('anzahl=1'));
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
	await browser?.close();
	host?.close();
});

const widgetSrc = (query: string) => url(`/widget/termine?groesse=auto&${query}`);

/** The partner's page: a heading, the snippet (iframe + helper script), a footer below. */
function hostPage(query: string): string {
	return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Kita Regenbogen</title></head>
<body style="margin:0"><h1>Unsere Termine</h1>
<iframe id="w" src="${widgetSrc(query)}" title="Termine" style="width:100%;height:470px;border:0" data-buendnis-widget></iframe>
<script src="${url('/widget.js')}" async></script>
<p id="after">Impressum der Kita</p></body></html>`;
}

async function frameHeight(): Promise<number> {
	return page
		.locator('#w')
		.evaluate((el) => (el as HTMLIFrameElement).getBoundingClientRect().height);
}

/** The widget's content height as the widget itself lays it out. */
async function contentHeight(): Promise<number> {
	const frame = page.frames().find((f: Frame) => f.url().includes('/widget/termine')) ?? null;
	if (!frame) throw new Error('widget frame not found');
	return frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
}

/** Waits until the frame's height equals its content's height (±1 px), and returns it. */
async function settledHeight(): Promise<number> {
	let last = { frame: 0, content: -1 };
	const settled = async () => {
		last = { frame: await frameHeight(), content: await contentHeight().catch(() => -1) };
		return last.content > 0 && Math.abs(last.frame - last.content) <= 1;
	};
	try {
		await expect.poll(settled, { timeout: 10000, interval: 100 }).toBe(true);
	} catch {
		throw new Error(`frame ${last.frame}px never matched its content ${last.content}px`);
	}
	return last.frame;
}

async function showWidget(query: string) {
	const frameLoaded = page.waitForEvent('framenavigated', (f) => f.url().includes(query));
	await page
		.locator('#w')
		.evaluate((el, src) => ((el as HTMLIFrameElement).src = src), widgetSrc(query));
	await frameLoaded;
}

test('the widget frame grows with a long list and shrinks to a single date', async () => {
	await page.goto(`${hostUrl}/termine.html`);
	expect(new URL(hostUrl).origin).not.toBe(new URL(url('/')).origin);

	// One date: far less than the 470 px the snippet starts with.
	const one = await settledHeight();
	expect(one).toBeLessThan(300);
	expect(await page.frameLocator('#w').locator('.day li').count()).toBe(1);

	// The partner shows ten dates: the frame grows to the whole list (no inner scrolling).
	await showWidget('anzahl=10');
	await expect.poll(() => page.frameLocator('#w').locator('.day li').count()).toBeGreaterThan(5);
	const ten = await settledHeight();
	expect(ten).toBeGreaterThan(470);

	// Back to one date: the frame shrinks again.
	await showWidget('anzahl=1&x=1');
	const again = await settledHeight();
	expect(again).toBeLessThan(300);
	expect(Math.abs(again - one)).toBeLessThanOrEqual(2);

	// A narrow phone layout wraps lines: the frame follows its content's new height.
	await page.setViewportSize({ width: 360, height: 740 });
	await showWidget('anzahl=10&x=2');
	const narrow = await settledHeight();
	expect(narrow).toBeGreaterThan(ten);
});
