import type { ServiceContext } from '../context.ts';
import { bumpContentVersion, notifyChange } from './alliance.repository.ts';

/**
 * Call after every change to an alliance's public content: raises its content version (the
 * public page cache keys on it, on every instance) and refreshes this instance's registry at once.
 */
export async function contentChanged(
	ctx: Pick<ServiceContext, 'db' | 'registry'>,
	allianceId: string
): Promise<void> {
	await bumpContentVersion(ctx.db, allianceId);
	// Other instances (PostgreSQL) hear of it when the transaction commits.
	await notifyChange(ctx.db, allianceId);
	ctx.registry?.invalidate();
}
