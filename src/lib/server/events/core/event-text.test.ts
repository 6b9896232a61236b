import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText, slugify } from './event-text.ts';

describe('cleanLine / cleanText', () => {
	it('drops script tags with their content and any other markup', () => {
		expect(cleanLine('Elterncafé<script>alert(1)</script> <b>heute</b>')).toBe('Elterncafé heute');
		expect(cleanLine('<img src=x onerror=alert(1)>Spielplatz')).toBe('Spielplatz');
	});
	it('keeps ampersands, comparisons and quotes as text', () => {
		expect(cleanLine('Eltern & Kinder „unter 6“ – Kosten < 5 €')).toBe(
			'Eltern & Kinder „unter 6“ – Kosten < 5 €'
		);
	});
	it('tidies whitespace and control characters', () => {
		expect(cleanLine('  a \u0000 b\n c ')).toBe('a b c');
		expect(cleanText('Rampe vorhanden\r\n\r\n\r\n\r\nAufzug  im Haus ')).toBe(
			'Rampe vorhanden\n\nAufzug im Haus'
		);
	});
});

describe('slugify', () => {
	it('writes German titles as readable URL parts', () => {
		expect(slugify('Elterncafé im Familienzentrum Nordviertel')).toBe(
			'elterncafe-im-familienzentrum-nordviertel'
		);
		expect(slugify('Pflege-Sprechstunde: Fragen & Antworten')).toBe(
			'pflege-sprechstunde-fragen-antworten'
		);
		expect(slugify('Große Straßenfeier – Übermorgen!')).toBe('grosse-strassenfeier-uebermorgen');
		expect(slugify('🎉')).toBe('termin');
	});
});
