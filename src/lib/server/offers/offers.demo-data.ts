/*
 * Fictional offers of the demo alliance "Musterstadt" (Familienwegweiser). Names, addresses,
 * people and numbers are invented; .example addresses and 0123 numbers reach nobody.
 * `partner` names a demo partner (partners.demo-data.ts); its address is used unless `street`
 * is given. Hours in the text form of offer-hours-text.ts.
 */

import type { DemoOffer } from './offers.demo-providers.ts';
import { EARLY_OFFERS } from './offers.demo-early.ts';
import { EVERYDAY_OFFERS } from './offers.demo-everyday.ts';
import { SITUATION_OFFERS } from './offers.demo-situations.ts';

export const DEMO_OFFERS: DemoOffer[] = [...EARLY_OFFERS, ...EVERYDAY_OFFERS, ...SITUATION_OFFERS];

/** Coordinates per district (fictional town; for the map link only). */
export const DISTRICT_POINTS: Record<string, [number, number]> = {
	Altstadt: [51.5332, 9.9352],
	Nordviertel: [51.5451, 9.9304],
	'Am Hafen': [51.5247, 9.9153],
	Südfeld: [51.5149, 9.9421],
	Eichenau: [51.5402, 9.9607]
};
