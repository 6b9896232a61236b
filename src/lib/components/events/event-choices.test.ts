import { describe, expect, it } from 'vitest';
import * as server from '#lib/server/events/core/event.types.ts';
import { COST_KINDS, EVENT_LANGUAGES, TARGET_GROUPS, listOf, textOf } from './event-choices.ts';

describe('event form choices', () => {
	it("offer the same choices as the server's lists", () => {
		expect(TARGET_GROUPS).toEqual(server.TARGET_GROUPS);
		expect(EVENT_LANGUAGES).toEqual(server.EVENT_LANGUAGES);
		expect(COST_KINDS).toEqual(server.COST_KINDS);
	});

	it('read values as arrays or as newline-joined text', () => {
		expect(listOf(['de', 'tr'])).toEqual(['de', 'tr']);
		expect(listOf('de\ntr\n')).toEqual(['de', 'tr']);
		expect(listOf('')).toEqual([]);
		expect(listOf(undefined)).toEqual([]);
		expect(textOf(['a', 'b'])).toBe('a\nb');
		expect(textOf(undefined)).toBe('');
	});
});
