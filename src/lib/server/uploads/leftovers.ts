import fs from 'node:fs/promises';
import path from 'node:path';
import type { ServiceContext } from '../context.ts';
import { allianceExists, findStorageKeys } from './upload.repository.ts';

/*
 * What a crash or an interrupted request leaves in uploadDir: `.<key>.tmp` files of writes that
 * never finished, files whose row was never inserted (or was deleted while removing the bytes
 * failed), and folders of alliances that no longer exist. The daily clean-up job removes them
 * once they are older than a grace period, so an upload in progress is never touched.
 */

/** Files younger than this are left alone (an upload may be between writing and inserting). */
const LEFTOVER_GRACE_MS = 6 * 3600 * 1000;

export interface LeftoverReport {
	tmp: number;
	orphans: number;
	folders: number;
}

async function olderThan(file: string, cutoff: number): Promise<boolean> {
	try {
		return (await fs.stat(file)).mtimeMs < cutoff;
	} catch {
		return false;
	}
}

export async function cleanUploadLeftovers(
	ctx: Pick<ServiceContext, 'db' | 'uploadDir'>,
	now: Date
): Promise<LeftoverReport> {
	const report: LeftoverReport = { tmp: 0, orphans: 0, folders: 0 };
	const cutoff = now.getTime() - LEFTOVER_GRACE_MS;
	let folders: string[];
	try {
		folders = await fs.readdir(ctx.uploadDir);
	} catch {
		return report; // no uploads yet
	}
	for (const folder of folders) {
		const dir = path.join(ctx.uploadDir, folder);
		if (!/^[A-Za-z0-9-]+$/.test(folder) || !(await fs.stat(dir)).isDirectory()) continue;
		if (!(await allianceExists(ctx.db, folder))) {
			if (await olderThan(dir, cutoff)) {
				await fs.rm(dir, { recursive: true, force: true });
				report.folders++;
			}
			continue;
		}
		const keys = await findStorageKeys(ctx.db, folder);
		for (const name of await fs.readdir(dir)) {
			if (keys.has(name)) continue;
			const file = path.join(dir, name);
			if (!(await olderThan(file, cutoff))) continue;
			await fs.rm(file, { force: true });
			if (name.endsWith('.tmp')) report.tmp++;
			else report.orphans++;
		}
	}
	return report;
}
