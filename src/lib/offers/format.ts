/*
 * Wording of an offer's ages, cost and hours for the public pages (with the page's translator).
 */

type T = (key: string, params?: Record<string, string | number>) => string;

function age(t: T, months: number): string {
	if (months === 0) return t('offers.ageZero');
	if (months % 12 === 0 || months >= 36) {
		const n = Math.floor(months / 12);
		return n === 1 ? t('offers.ageYearsOne') : t('offers.ageYears', { n });
	}
	return months === 1 ? t('offers.ageMonthsOne') : t('offers.ageMonths', { n: months });
}

export function ageText(t: T, min: number | null, max: number | null): string {
	if (min !== null && min > 0 && max !== null)
		return t('offers.ageFromTo', { from: age(t, min), to: age(t, max) });
	if (max !== null) return t('offers.ageTo', { to: age(t, max) });
	if (min !== null && min > 0) return t('offers.ageFrom', { from: age(t, min) });
	return t('offers.ageAll');
}

export function costLabel(t: T, kind: string): string {
	return kind === 'free'
		? t('offers.free')
		: kind === 'reduced'
			? t('offers.reduced')
			: t('offers.costAmount');
}

export function rangeText(t: T, r: { opens: string; closes: string }): string {
	return t('offers.time', { from: r.opens, to: r.closes });
}

/** "Heute geöffnet bis 16:00 Uhr", "Heute geöffnet ab 14:00 Uhr" or "Heute geschlossen". */
export function todayText(
	t: T,
	today: {
		ranges: { opens: string; closes: string }[];
		openUntil: string | null;
		opensLater: string | null;
	}
): string {
	if (today.openUntil) return t('offers.openNowUntil', { time: today.openUntil });
	if (today.opensLater) return t('offers.opensLater', { time: today.opensLater });
	return today.ranges.length ? t('offers.closedNow') : t('offers.closedToday');
}
