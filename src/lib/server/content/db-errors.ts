/** A unique index refused a row (SQLite and PostgreSQL driver codes, never message text). */
export function isUniqueViolation(err: unknown): boolean {
	const code = (err as { code?: unknown } | null)?.code;
	return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** Thrown by repositories when a slug is already taken; services turn it into a field error. */
export class DuplicateSlugError extends Error {
	constructor() {
		super('duplicate slug');
		this.name = 'DuplicateSlugError';
	}
}
