import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance, makePerson } from '../../../../tests/factories/accounts.ts';
import { updateProfile } from '../alliances/alliance-profile.service.ts';
import { profileFormValues, profileSchema } from '../alliances/alliance.schema.ts';
import type { Alliance } from '../alliances/alliance.types.ts';
import { mailAlliance } from './mail-scope.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

/** A 600 × 200 logo (3 : 1), as a coordinator uploads it. */
async function wideLogo(): Promise<File> {
	const bytes = await sharp({
		create: { width: 600, height: 200, channels: 3, background: '#c0392b' }
	})
		.png()
		.toBuffer();
	return new File([new Uint8Array(bytes)], 'logo.png', { type: 'image/png' });
}

async function withLogo(alliance: Alliance, name: string): Promise<Alliance> {
	const coordinator = await makePerson(ctx, { alliance, role: 'coordinator' });
	const values = { ...profileFormValues(alliance), name, colorAccent: '#8a2f12' };
	const input = profileSchema.parse(values);
	return updateProfile(ctx, coordinator, alliance.id, input, { logo: await wideLogo() });
}

const TEXT = `Guten Tag,

bitte bestätigen Sie hier: https://example.org/bestaetigen?a=1&b=2.
<b>Fett?</b> "Zitat" 'einfach'
Danke & bis bald – <script>alert("x")</script>

-- 
Lokales Bündnis`;

describe('the HTML part of every mail', () => {
	it('is made from the text: multipart/alternative with the logo inline at its own ratio, text unchanged, content escaped', async () => {
		const alliance = await withLogo(await makeAlliance(ctx), 'Bündnis "Familie" <& Co>');
		await ctx.mailer.send({
			to: 'familie@example.org',
			subject: 'Bitte bestätigen',
			text: TEXT,
			fromName: 'Bündnis "Familie" <& Co>',
			allianceId: alliance.id
		});
		const mail = await ctx.smtp.waitFor('familie@example.org', /Bitte bestätigen/);

		// The plain text is the same as before; both parts travel side by side.
		expect(mail.text.trim()).toBe(TEXT.trim());
		expect(mail.headers['content-type']).toMatch(/^multipart\/alternative/);
		expect(mail.raw).toMatch(/Content-Type: text\/plain/);
		expect(mail.raw).toMatch(/Content-Type: multipart\/related/);
		expect(mail.raw).toMatch(/Content-Type: text\/html/);

		// The logo is an inline image with a Content-ID, referenced by cid:, shown at 3 : 1.
		const logo = mail.attachments.find((a) => a.contentType === 'image/png');
		expect(logo?.cid).toBeTruthy();
		expect(mail.raw).toMatch(new RegExp(`Content-ID: <${logo!.cid}>`));
		const img = /<img [^>]*>/.exec(mail.html)?.[0] ?? '';
		expect(img).toContain(`src="cid:${logo!.cid}"`);
		const width = Number(/width="(\d+)"/.exec(img)?.[1]);
		const height = Number(/height="(\d+)"/.exec(img)?.[1]);
		expect(height).toBeGreaterThanOrEqual(48);
		expect(height).toBeLessThanOrEqual(64);
		expect(width / height).toBeCloseTo(3, 1);
		expect(img).toContain('alt="Bündnis &quot;Familie&quot; &lt;&amp; Co&gt;"');
		// The PNG is made at twice the size shown (sharp), and it is a real image.
		const meta = await sharp(logo!.content).metadata();
		expect([meta.width, meta.height]).toEqual([width * 2, height * 2]);
		// No remote image anywhere.
		expect(mail.html).not.toMatch(/src="https?:/);

		// Content is escaped, links are clickable, the accent colour draws the rule.
		expect(mail.html).not.toContain('<script');
		expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		expect(mail.html).toContain('Danke &amp; bis bald');
		expect(mail.html).toContain(
			'<a href="https://example.org/bestaetigen?a=1&amp;b=2" style="color:#8a2f12;text-decoration:underline">https://example.org/bestaetigen?a=1&amp;b=2</a>.<br>'
		);
		expect(mail.html).toContain('&lt;b&gt;Fett?&lt;/b&gt; &quot;Zitat&quot; &#39;einfach&#39;');
		expect(mail.html).toContain('background:#8a2f12');
		// The footer names the alliance.
		expect(mail.html).toMatch(
			/border-top[^>]*>Bündnis &quot;Familie&quot; &lt;&amp; Co&gt;<\/div>/
		);
	});

	it('takes the alliance of the request (or job) when the caller names none', async () => {
		const alliance = await withLogo(await makeAlliance(ctx), 'Bündnis Nord');
		await mailAlliance.run(alliance.id, () =>
			ctx.mailer.send({ to: 'scope@example.org', subject: 'Aus der Anfrage', text: 'Hallo' })
		);
		const mail = await ctx.smtp.waitFor('scope@example.org');
		expect(mail.html).toMatch(/<img src="cid:[^"]+" width="\d+" height="\d+" alt="Bündnis Nord"/);
		expect(mail.attachments.map((a) => a.contentType)).toEqual(['image/png']);
	});

	it('without a logo shows the name as text, with no image at all', async () => {
		const alliance = await makeAlliance(ctx, { name: 'Bündnis ohne Logo' });
		await ctx.mailer.send({
			to: 'ohne@example.org',
			subject: 'Ohne Logo',
			text: 'Hallo\nzweite Zeile\n\nNeuer Absatz',
			fromName: alliance.name,
			allianceId: alliance.id
		});
		const mail = await ctx.smtp.waitFor('ohne@example.org');
		expect(mail.headers['content-type']).toMatch(/^multipart\/alternative/);
		expect(mail.html).not.toMatch(/<img/);
		expect(mail.attachments).toEqual([]);
		expect(mail.html).toContain('font-weight:bold;color:#1a1a1a">Bündnis ohne Logo</p>');
		expect(mail.html).toContain('<p style="margin:0 0 16px">Hallo<br>\nzweite Zeile</p>');
		expect(mail.html).toContain('<p style="margin:0 0 16px">Neuer Absatz</p>');
		expect(mail.text.trim()).toBe('Hallo\nzweite Zeile\n\nNeuer Absatz');
	});
});
