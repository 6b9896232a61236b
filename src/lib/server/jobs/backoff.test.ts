import { describe, expect, it } from 'vitest';
import { backoffSeconds } from './backoff.ts';

describe('backoffSeconds', () => {
	it('doubles from 30 seconds and stops at one hour', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffSeconds)).toEqual([
			30, 60, 120, 240, 480, 960, 1920, 3600, 3600
		]);
	});
	it('treats odd input as the first attempt', () => {
		expect(backoffSeconds(0)).toBe(30);
		expect(backoffSeconds(-3)).toBe(30);
	});
});
