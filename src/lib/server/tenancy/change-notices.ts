import pg from 'pg';
import type { Logger } from 'pino';

/*
 * Several app instances on one PostgreSQL database hear of each other's changes at once:
 * contentChanged sends NOTIFY on this channel (delivered when its transaction commits), and
 * every instance LISTENs and drops its alliance list, so the next request reads the new content
 * version (and the page cache, keyed by it, renders afresh). Without PostgreSQL there is one
 * instance and nothing to tell.
 */

const CHANGE_CHANNEL = 'buendnis_content';

export interface ChangeListener {
	stop(): Promise<void>;
}

/** Listens on its own connection; reconnects after a failure (missing notices then expire by TTL). */
export function listenForChanges(
	options: { databaseUrl: string; pgSchema?: string },
	onChange: (allianceId: string) => void,
	log: Logger
): ChangeListener {
	let client: pg.Client | null = null;
	let stopped = false;
	let retry: NodeJS.Timeout | null = null;
	const connect = async () => {
		const next = new pg.Client({
			connectionString: options.databaseUrl,
			options: options.pgSchema ? `-c search_path=${options.pgSchema}` : undefined
		});
		next.on('notification', (message) => {
			if (message.channel === CHANGE_CHANNEL) onChange(message.payload ?? '');
		});
		next.on('error', (error) => {
			log.warn({ err: error }, 'change notices: connection lost, reconnecting');
			void next.end().catch(() => {});
			schedule();
		});
		try {
			await next.connect();
			await next.query(`listen ${CHANGE_CHANNEL}`);
			if (stopped) await next.end();
			else client = next;
		} catch (error) {
			log.warn({ err: error }, 'change notices: could not listen, retrying');
			void next.end().catch(() => {});
			schedule();
		}
	};
	const schedule = () => {
		if (stopped || retry) return;
		client = null;
		retry = setTimeout(() => {
			retry = null;
			void connect();
		}, 2000);
		retry.unref();
	};
	void connect();
	return {
		async stop() {
			stopped = true;
			if (retry) clearTimeout(retry);
			await client?.end().catch(() => {});
		}
	};
}
