import { describe, expect, it } from 'vitest';
import { fold, htmlToPlain, indexLetter, slugify, textToHtml } from './partner-text.ts';

describe('partner text helpers', () => {
	it('makes readable addresses', () => {
		expect(slugify('Familienzentrum Am Hafen e. V.')).toBe('familienzentrum-am-hafen-e-v');
		expect(slugify('Bäckerei Groß & Söhne')).toBe('baeckerei-gross-soehne');
		expect(slugify('!!!')).toBe('eintrag');
	});

	it('stores plain text as escaped paragraphs and gives it back unchanged', () => {
		const text = 'Erste Zeile\nzweite <b>Zeile</b>\n\nNeuer Absatz & mehr';
		const html = textToHtml(text);
		expect(html).toBe(
			'<p>Erste Zeile<br>zweite &lt;b&gt;Zeile&lt;/b&gt;</p>\n<p>Neuer Absatz &amp; mehr</p>'
		);
		expect(htmlToPlain(html)).toBe(text);
	});

	it('folds umlauts for search and sorts them under their base letter', () => {
		expect(fold('Müller')).toBe(fold('Mueller'));
		expect(fold('MÜLLER')).toContain('muller');
		expect(indexLetter('Ökumenisches Zentrum')).toBe('O');
		expect(indexLetter('1. FC Musterstadt')).toBe('#');
		expect(indexLetter(' awo')).toBe('A');
	});
});
