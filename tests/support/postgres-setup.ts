import pg from 'pg';

export const TEST_DATABASE_URL =
	process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The PostgreSQL run must not skip silently: no server, no green tests. */
export default async function setup(): Promise<void> {
	const client = new pg.Client({
		connectionString: TEST_DATABASE_URL,
		connectionTimeoutMillis: 5000
	});
	try {
		await client.connect();
		await client.query('select 1');
	} catch (error) {
		throw new Error(
			`PostgreSQL is not reachable at ${TEST_DATABASE_URL} (set TEST_DATABASE_URL): ${String(error)}`,
			{ cause: error }
		);
	} finally {
		await client.end().catch(() => {});
	}
}
