import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../tests/support/context.ts';
import { makeAlliance } from '../../../../tests/factories/accounts.ts';
import { createJobRunner } from '../jobs/job-runner.ts';
import { jobsCleanupJob } from '../jobs/cleanup.job.ts';
import { IMAGE_SLOTS, imageSlots } from './image-slots.ts';
import { storeDocument, storeImage } from './upload-store.service.ts';

let ctx: TestContext;
beforeAll(async () => {
	ctx = await createTestContext();
});
afterAll(async () => {
	await ctx.close();
});

const pdf = () =>
	new File([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')], 'plan.pdf', {
		type: 'application/pdf'
	});

function age(file: string, hours: number) {
	const when = new Date(Date.now() - hours * 3600 * 1000);
	fs.utimesSync(file, when, when);
}

describe('upload leftovers', () => {
	it('the daily clean-up removes old temporary and orphaned files and folders of deleted alliances, and nothing else', async () => {
		const alliance = await makeAlliance(ctx);
		const stored = await storeDocument(ctx, alliance.id, null, pdf(), { title: 'Plan' });
		if (!stored.ok) throw new Error(stored.error);
		const dir = path.join(ctx.uploadDir, alliance.id);
		const [kept] = fs.readdirSync(dir);
		age(path.join(dir, kept!), 24 * 30); // an old file that is in use stays

		const write = (name: string, hours: number) => {
			fs.mkdirSync(path.dirname(name), { recursive: true });
			fs.writeFileSync(name, 'x');
			age(name, hours);
			return name;
		};
		const crashedTmp = write(path.join(dir, '.abc123.jpg.tmp'), 30);
		const orphan = write(path.join(dir, 'deadbeef.pdf'), 30);
		const freshTmp = write(path.join(dir, '.def456.jpg.tmp'), 0); // an upload in progress
		const goneAlliance = path.join(ctx.uploadDir, '00000000-0000-4000-8000-000000000000');
		write(path.join(goneAlliance, 'aaaa.jpg'), 30);
		age(goneAlliance, 30);

		const now = new Date();
		await createJobRunner(ctx, { definitions: [jobsCleanupJob] }).tick(now);

		expect(fs.existsSync(crashedTmp)).toBe(false);
		expect(fs.existsSync(orphan)).toBe(false);
		expect(fs.existsSync(goneAlliance)).toBe(false);
		expect(fs.existsSync(freshTmp)).toBe(true);
		expect(fs.readdirSync(dir).sort()).toEqual([kept, '.def456.jpg.tmp'].sort());
	});

	it('large images are decoded one slot at a time, and each upload still succeeds', async () => {
		const alliance = await makeAlliance(ctx);
		const big = await sharp({
			create: { width: 2400, height: 2400, channels: 3, background: '#3a7' }
		})
			.jpeg()
			.toBuffer();
		const results = await Promise.all(
			[1, 2, 3, 4].map((i) =>
				storeImage(ctx, alliance.id, null, new File([big], `foto-${i}.jpg`, { type: 'image/jpeg' }))
			)
		);
		expect(results.map((r) => r.ok)).toEqual([true, true, true, true]);
		expect(imageSlots.peak).toBeLessThanOrEqual(IMAGE_SLOTS);
		expect(imageSlots.waiting).toBe(0);
	});
});
