// Sending the contact point's concern form in a journey. The form refuses to be sent within two
// seconds of being opened (spam protection) and comes back with everything typed; a person then
// sends it again, and so does this helper, until the server takes it.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Waits for the server's answer to one send: the confirmation, or the form with a message. */
async function answer(page: Page): Promise<'sent' | 'again'> {
	let result: 'sent' | 'again' | null = null;
	await expect
		.poll(
			async () => {
				const heading = await page
					.locator('h1')
					.first()
					.innerText()
					.catch(() => '');
				if (/angekommen|received/i.test(heading)) result = 'sent';
				else if (await page.locator('main [role=alert]').count()) result = 'again';
				return result;
			},
			{ timeout: 60_000, interval: 100 }
		)
		.not.toBeNull();
	return result!;
}

export async function sendConcernForm(page: Page): Promise<void> {
	for (let attempt = 0; attempt < 60; attempt++) {
		await page.getByRole('button', { name: /Anliegen absenden|Send/ }).click();
		if ((await answer(page)) === 'sent') return;
		expect(await page.locator('main [role=alert]').innerText()).toMatch(/sehr schnell|quickly/);
	}
	throw new Error('the concern form never accepted the message');
}
