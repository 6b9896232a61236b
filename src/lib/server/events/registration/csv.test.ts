import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV for Excel', () => {
	it('starts with a BOM, separates with semicolons and ends lines with CRLF', () => {
		const csv = toCsv([
			['Name', 'Kinder'],
			['Jürgen Größe', 2]
		]);
		expect(csv).toBe('\uFEFFName;Kinder\r\nJürgen Größe;2\r\n');
		expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
	});
	it('quotes cells with separators, quotes or line breaks', () => {
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('sagte "hallo"')).toBe('"sagte ""hallo"""');
		expect(csvCell('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
	});
	it('defuses formulas', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+49 123')).toBe("'+49 123");
		expect(csvCell('-')).toBe("'-");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell(-3)).toBe('-3');
	});
	it('leaves empty values empty', () => {
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell('')).toBe('');
	});
});
