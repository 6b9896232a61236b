/* Paging of the calendar's lists whose count stops at COUNT_LIMIT (decision 097). */

/** Lists count their matches up to this many, then say "more than" (a count walks every match). */
export const COUNT_LIMIT = 500;

export interface Paged<T> {
	items: T;
	/** How many match, at most COUNT_LIMIT */
	total: number;
	/** More than `total` match (the count stopped at COUNT_LIMIT) */
	totalIsAtLeast: boolean;
	page: number;
	/** Pages there are (when the count stopped: known so far, at least one after this page if hasNext) */
	pages: number;
	/** A page follows this one */
	hasNext: boolean;
}

/**
 * The requested page, at most the last one when the count is exact; beyond a stopped count the
 * page read tells whether it exists (the route answers 404 for an empty one).
 */
export function pageWithin(counted: number, requested = 1, pageSize: number): number {
	const page = Math.max(1, requested);
	return counted > COUNT_LIMIT ? page : Math.min(page, Math.max(1, Math.ceil(counted / pageSize)));
}

/** The paging of a list whose count stopped at `upTo`, from the rows read for one page (+1). */
export function paging(counted: number, page: number, pageSize: number, readPlusOne: number) {
	const totalIsAtLeast = counted > COUNT_LIMIT;
	const total = Math.min(counted, COUNT_LIMIT);
	const hasNext = readPlusOne > pageSize;
	const pages = totalIsAtLeast
		? Math.max(Math.ceil(total / pageSize), page + (hasNext ? 1 : 0))
		: Math.max(1, Math.ceil(total / pageSize));
	return { total, totalIsAtLeast, pages, hasNext };
}
