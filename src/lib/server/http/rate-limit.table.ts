/* Row type of the rate limiter's windows. */

export interface RateLimitTable {
	key: string;
	window_start: number;
	count: number;
}

/** Merged into the database type in db/schema.ts. */
export interface RateLimitTables {
	rate_limit: RateLimitTable;
}
