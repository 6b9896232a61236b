// Chromium from Debian (/usr/bin/chromium) driven by playwright-core; no downloaded browsers.
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	if (!fs.existsSync(CHROMIUM)) {
		throw new Error(`${CHROMIUM} not found (apt-get install -y chromium)`);
	}
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--disable-sync',
			'--disable-quic'
		]
	});
}

export interface ContextOptions {
	/** false: the page as a browser without JavaScript sees it */
	javaScriptEnabled?: boolean;
	/** Accept-Language of the browser (default German) */
	locale?: string;
}

/** A phone: 360 × 740, touch, mobile viewport meta honoured. */
export async function phoneContext(
	browser: Browser,
	options: ContextOptions = {}
): Promise<BrowserContext> {
	return withTimeouts(
		await browser.newContext({
			viewport: { width: 360, height: 740 },
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true,
			javaScriptEnabled: options.javaScriptEnabled ?? true,
			locale: options.locale ?? 'de-DE'
		})
	);
}

/**
 * A desktop window. bypassCSP lets checkA11y inject axe-core into pages whose CSP (rightly)
 * forbids inline scripts; it changes nothing else about the page.
 */
export async function desktopContext(
	browser: Browser,
	options: ContextOptions = {}
): Promise<BrowserContext> {
	return withTimeouts(
		await browser.newContext({
			viewport: { width: 1280, height: 900 },
			javaScriptEnabled: options.javaScriptEnabled ?? true,
			locale: options.locale ?? 'de-DE',
			bypassCSP: true
		})
	);
}

/**
 * Waits are for conditions (an element, a URL); these limits only stop a hung test. They are
 * generous on purpose: on a loaded 2-core machine a login (password hashing) or a first render
 * can take many seconds, and a test must not fail because the machine is busy.
 */
export function withTimeouts(context: BrowserContext): BrowserContext {
	context.setDefaultTimeout(45000);
	context.setDefaultNavigationTimeout(90000);
	return context;
}
