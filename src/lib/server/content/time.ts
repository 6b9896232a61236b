/*
 * Alliances are German: times typed into forms are local time in Europe/Berlin; we store
 * ISO-8601 UTC. These helpers convert both ways, summer time included.
 */
const TIME_ZONE = 'Europe/Berlin';

function offsetMinutes(utc: Date): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone: TIME_ZONE,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(utc);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second')
	);
	return Math.round((asUtc - utc.getTime()) / 60000);
}

/** "2026-05-01T14:30" (Berlin) → "2026-05-01T12:30:00.000Z"; undefined for bad input. */
export function localToUtc(local: string): string | undefined {
	const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local.trim());
	if (!m) return undefined;
	const [, y, mo, d, h = '0', mi = '0'] = m;
	const naive = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
	if (Number.isNaN(naive)) return undefined;
	const check = new Date(naive);
	if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return undefined;
	// Two passes settle the offset also right after a daylight-saving switch.
	let utc = naive - offsetMinutes(new Date(naive)) * 60000;
	utc = naive - offsetMinutes(new Date(utc)) * 60000;
	return new Date(utc).toISOString();
}

/** "2026-05-01T12:30:00.000Z" → "2026-05-01T14:30" (Berlin), for datetime-local inputs. */
export function utcToLocal(iso: string | null | undefined): string {
	if (!iso) return '';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	const shifted = new Date(date.getTime() + offsetMinutes(date) * 60000);
	return shifted.toISOString().slice(0, 16);
}
