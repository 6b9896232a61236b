import { z } from 'zod';
import { findAllAlliances } from '../../alliances/alliance.repository.ts';
import { defineJob } from '../../jobs/job.types.ts';
import { ensureHorizon } from './occurrence-cache.ts';

/**
 * Keeps every alliance's open-ended series materialised up to the rolling horizon (see
 * docs/decisions/007-recurrence.md), daily, so that the monthly extension never falls on a
 * visitor's request. Reads still check (cheaply) in case the job has not run yet.
 */
export const occurrenceHorizonJob = defineJob({
	name: 'calendar.horizon',
	schema: z.object({}),
	every: { seconds: 24 * 3600 },
	async run(ctx, _payload, { now }) {
		const alliances = await findAllAlliances(ctx.db);
		for (const { id } of alliances) await ensureHorizon(ctx.db, id, now);
	}
});
