import { localDate } from './time-zone.ts';

/** Path of an occurrence inside the alliance's site. */
export function occurrencePath(slug: string, recurring: boolean, recurrenceId: string): string {
	return recurring ? `/termine/${slug}/${localDate(recurrenceId)}` : `/termine/${slug}`;
}
