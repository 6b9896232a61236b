import { describe, expect, it } from 'vitest';
import { mergedValues } from './offer-merge.ts';
import type { OfferLocation, OfferValues } from './offer.types.ts';

const empty: OfferValues = {
	name: 'Krabbelgruppe',
	summary: '',
	description: '',
	partnerId: null,
	providerName: '',
	providerUrl: '',
	minAgeMonths: null,
	maxAgeMonths: null,
	costKind: 'free',
	costText: '',
	languages: [],
	access: [],
	accessNote: '',
	contactName: '',
	email: '',
	phone: '',
	url: '',
	links: [],
	categoryIds: [],
	location: null
};

const place = (street: string): OfferLocation => ({
	name: '',
	street,
	postalCode: '12345',
	city: 'Musterstadt',
	district: '',
	latitude: null,
	longitude: null,
	wheelchair: false,
	accessibility: '',
	hoursNote: '',
	hours: [{ weekday: 3, opens: '09:30', closes: '11:00' }]
});

describe('merging two entries of one offer', () => {
	it('takes an age range whole, never one end from each entry', () => {
		const kept = { ...empty, maxAgeMonths: 36 };
		const duplicate = { ...empty, minAgeMonths: 12, maxAgeMonths: 24 };
		expect(mergedValues(kept, duplicate)).toMatchObject({ minAgeMonths: null, maxAgeMonths: 36 });
		expect(mergedValues(empty, duplicate)).toMatchObject({ minAgeMonths: 12, maxAgeMonths: 24 });
	});

	it('keeps the kept entry’s place with its hours; takes the other’s only where it has none', () => {
		const kept = { ...empty, location: place('Hafenstraße 1') };
		const duplicate = { ...empty, location: place('Marktplatz 2') };
		expect(mergedValues(kept, duplicate).location?.street).toBe('Hafenstraße 1');
		expect(mergedValues(empty, duplicate).location?.street).toBe('Marktplatz 2');
	});

	it('fills only empty texts and joins lists without doubles', () => {
		const kept = {
			...empty,
			email: 'a@example.org',
			languages: ['de'],
			links: [{ label: 'A', url: 'https://a.example' }]
		};
		const duplicate = {
			...empty,
			email: 'b@example.org',
			phone: '0123',
			languages: ['de', 'ar'],
			links: [
				{ label: 'A again', url: 'https://a.example' },
				{ label: 'B', url: 'https://b.example' }
			]
		};
		const merged = mergedValues(kept, duplicate);
		expect(merged.email).toBe('a@example.org');
		expect(merged.phone).toBe('0123');
		expect(merged.languages).toEqual(['de', 'ar']);
		expect(merged.links.map((l) => l.label)).toEqual(['A', 'B']);
	});
});
