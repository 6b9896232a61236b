import type { DB } from '../db/db.ts';

/** How many people operate the installation (Better Auth user role 'admin'). */
export async function countOperators(db: DB): Promise<number> {
	const row = await db
		.selectFrom('user')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('role', '=', 'admin')
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function emailInUse(db: DB, email: string): Promise<boolean> {
	const row = await db
		.selectFrom('user')
		.select('id')
		.where('email', '=', email.toLowerCase())
		.executeTakeFirst();
	return Boolean(row);
}
