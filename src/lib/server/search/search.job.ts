import { z } from 'zod';
import { defineJob } from '../jobs/job.types.ts';
import { findAlliancesBehind } from './search.repository.ts';
import { ensureSearchIndex } from './search.service.ts';

/**
 * Every minute, brings the search index of each alliance that changed up to date, so that the
 * first search after a change rarely has to wait for it.
 */
export const searchIndexJob = defineJob({
	name: 'search.index',
	schema: z.object({}),
	every: { seconds: 60 },
	async run(ctx, _payload, { now }) {
		for (const id of await findAlliancesBehind(ctx.db)) await ensureSearchIndex(ctx, id, now);
	}
});
