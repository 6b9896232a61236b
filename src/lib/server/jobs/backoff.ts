/** Seconds before a failed job runs again: 30 s, 1, 2, 4 … minutes, at most one hour. */
export function backoffSeconds(attempt: number): number {
	const n = Math.max(1, Math.floor(attempt));
	return Math.min(30 * 2 ** (n - 1), 3600);
}
