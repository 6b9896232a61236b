import type { OfferValues } from './offer.types.ts';

/*
 * Two entries of the same offer (a partner entered it, a coordinator imported it again): the
 * entry kept keeps everything it says; what only the other says is added to it. Texts and
 * numbers fill what is empty, lists are joined, the place is taken only where the kept entry
 * has none (a place's hours belong to it and are not mixed).
 */

const TEXTS = [
	'summary',
	'description',
	'providerName',
	'providerUrl',
	'costText',
	'accessNote',
	'contactName',
	'email',
	'phone',
	'url'
] as const satisfies readonly (keyof OfferValues)[];

function union<T>(a: readonly T[], b: readonly T[]): T[] {
	return [...new Set([...a, ...b])];
}

/** The kept entry's values with what only the duplicate says added. */
export function mergedValues(kept: OfferValues, duplicate: OfferValues): OfferValues {
	const merged: OfferValues = { ...kept };
	for (const key of TEXTS) {
		if (!kept[key].trim() && duplicate[key].trim()) merged[key] = duplicate[key];
	}
	merged.partnerId = kept.partnerId ?? duplicate.partnerId;
	// An age range is taken whole: one end from each entry could make a range neither gave.
	if (kept.minAgeMonths === null && kept.maxAgeMonths === null) {
		merged.minAgeMonths = duplicate.minAgeMonths;
		merged.maxAgeMonths = duplicate.maxAgeMonths;
	}
	merged.languages = union(kept.languages, duplicate.languages);
	merged.access = union(kept.access, duplicate.access);
	merged.categoryIds = union(kept.categoryIds, duplicate.categoryIds);
	const urls = new Set(kept.links.map((l) => l.url));
	merged.links = [...kept.links, ...duplicate.links.filter((l) => !urls.has(l.url))];
	merged.location = kept.location ?? duplicate.location;
	return merged;
}
