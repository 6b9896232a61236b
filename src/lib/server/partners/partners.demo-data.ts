import type { PartnerKind } from './partner.table.ts';
import { CIVIC_PARTNERS } from './partners.demo-civic.ts';
import { FAMILY_PARTNERS } from './partners.demo-families.ts';
import { LOCAL_PARTNERS } from './partners.demo-local.ts';

/*
 * Fictional partners of the demo alliance "Musterstadt". Every name, address, person and
 * number here is invented; .example addresses and 0123 numbers reach nobody. The partners
 * themselves are listed by kind in partners.demo-families.ts, -local.ts and -civic.ts.
 */

export interface DemoPartner {
	name: string;
	kind: PartnerKind;
	district: string;
	street: string;
	description: string;
	contribution: string;
	topics: string[];
	contact: string;
	joined: string;
	phone?: string;
}

const POSTAL: Record<string, string> = {
	Altstadt: '12345',
	Nordviertel: '12347',
	'Am Hafen': '12349',
	Südfeld: '12351',
	Eichenau: '12353'
};

export function postalCodeOf(district: string): string {
	return POSTAL[district] ?? '12345';
}

export const DEMO_PARTNERS: DemoPartner[] = [
	...FAMILY_PARTNERS,
	...LOCAL_PARTNERS,
	...CIVIC_PARTNERS
];

export const DEMO_TEAM = [
	{
		name: 'Petra Sommer',
		role: 'Bündniskoordinatorin',
		organisation: 'Stadt Musterstadt – Familienbüro',
		termFrom: '2021-03-01',
		termTo: null
	},
	{
		name: 'Tobias Brandt',
		role: 'Sprecher',
		organisation: 'Caritasverband Musterstadt e. V.',
		termFrom: '2023-01-01',
		termTo: null
	},
	{
		name: 'Aylin Demir',
		role: 'Familienzentren',
		organisation: 'Familienzentrum Am Hafen',
		termFrom: '2023-01-01',
		termTo: null
	},
	{
		name: 'Maren Lindqvist',
		role: 'Kitas und Kindertagespflege',
		organisation: 'Kita Sonnenblume',
		termFrom: '2023-01-01',
		termTo: null
	},
	{
		name: 'Friedrich Osterkamp',
		role: 'Vertreter des Stadtrates',
		organisation: 'Ausschuss für Familie und Soziales',
		termFrom: '2024-06-01',
		termTo: null
	},
	{
		name: 'Hannelore Bergmann',
		role: 'Bündniskoordinatorin',
		organisation: 'Mehrgenerationenhaus Eichenau',
		termFrom: '2012-01-01',
		termTo: '2021-02-28'
	}
] as const;
