import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './pdf-document.ts';

/** Text and metadata of a PDF, read by an independent implementation (Mozilla's PDF.js). */
async function readPdf(bytes: Buffer) {
	const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= pdf.numPages; n++) {
		const content = await (await pdf.getPage(n)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
				.join('')
		);
	}
	const meta = await pdf.getMetadata();
	return { pages, info: meta.info as Record<string, unknown> };
}

describe('PDF documents', () => {
	it('carry the text as typed, with umlauts and Turkish letters, and their title', async () => {
		const bytes = await renderPdf({ title: 'Familienwegweiser Musterstadt', lang: 'de-DE' }, [
			{ kind: 'heading', text: 'Familienwegweiser Musterstadt', level: 1 },
			{ kind: 'paragraph', text: 'Größere Kinder – „Schülerhilfe“ für 5 €.' },
			{ kind: 'facts', rows: [['Sprachen', 'Deutsch, Türkçe (Şule Yılmaz, İzmir)']] },
			{ kind: 'list', items: ['Krabbelgruppe', 'Elterncafé'] }
		]);
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		const { pages, info } = await readPdf(bytes);
		expect(info.Title).toBe('Familienwegweiser Musterstadt');
		const all = pages.join('\n').replace(/\s+/g, ' ');
		expect(all).toContain('Größere Kinder – „Schülerhilfe“ für 5 €.');
		expect(all).toContain('Şule Yılmaz, İzmir');
		expect(all).toContain('Elterncafé');
	});

	it('flows long content onto numbered pages', async () => {
		const blocks = Array.from({ length: 120 }, (_, i) => ({
			kind: 'paragraph' as const,
			text: `Absatz ${i + 1}: Offener Treff für Eltern mit Kindern bis drei Jahre, mit Kaffee und Spielecke.`
		}));
		const { pages } = await readPdf(
			await renderPdf(
				{
					title: 'Lang',
					lang: 'de-DE',
					footer: 'Bündnis Musterstadt',
					pageLabel: 'Seite {n} von {total}'
				},
				blocks
			)
		);
		expect(pages.length).toBeGreaterThan(2);
		expect(pages[0]).toContain(`Seite 1 von ${pages.length}`);
		expect(pages.at(-1)).toContain(`Seite ${pages.length} von ${pages.length}`);
		expect(pages.at(-1)).toContain('Absatz 120');
		expect(pages.join(' ')).toContain('Bündnis Musterstadt');
	});
});
