import { describe, expect, it } from 'vitest';
import { de } from './de/index.ts';
import { en } from './en/index.ts';
import { translate } from './index.ts';

describe('UI strings', () => {
	it('has an English text for every German key and no empty text', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
		for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
			expect(text.trim(), key).not.toBe('');
		}
	});

	it('fills placeholders and falls back to the key for unknown keys', () => {
		expect(translate('de', 'error.tooShort', { min: 10 })).toBe(
			'Bitte geben Sie mindestens 10 Zeichen ein.'
		);
		expect(translate('en', 'error.tooShort', { min: 3 })).toBe(
			'Please enter at least 3 characters.'
		);
		expect(translate('de', 'does.not.exist')).toBe('does.not.exist');
	});
});
