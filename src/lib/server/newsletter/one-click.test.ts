import { describe, expect, it } from 'vitest';
import { isOneClickPath } from './one-click.ts';

const token = 'a'.repeat(43);

describe('isOneClickPath', () => {
	it('matches only the one-click unsubscribe address', () => {
		expect(isOneClickPath(`/newsletter/abmelden/${token}/sofort`)).toBe(true);
		expect(isOneClickPath(`/b/musterstadt/newsletter/abmelden/${token}/sofort`)).toBe(true);
		expect(isOneClickPath(`/newsletter/abmelden/${token}`)).toBe(false);
		expect(isOneClickPath(`/newsletter`)).toBe(false);
		expect(isOneClickPath(`/admin/newsletter/abmelden/${token}/sofort`)).toBe(false);
		expect(isOneClickPath(`/newsletter/abmelden/kurz/sofort`)).toBe(false);
	});
});
