import { createRequire } from 'node:module';

/*
 * Printable documents (the Familienwegweiser booklet, the mission statement, reports) with
 * PDFKit: A4, Noto Sans embedded (Latin with its extensions, Greek and Cyrillic, so names in
 * Turkish, Polish or Ukrainian print correctly), tagged with the document's language and title,
 * page numbers in the footer. Callers describe content as blocks; layout stays here.
 */

const require = createRequire(import.meta.url);
const FONTS = {
	regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
	bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')
};

export type PdfBlock =
	| { kind: 'heading'; text: string; level?: 1 | 2 | 3 }
	| { kind: 'paragraph'; text: string; muted?: boolean }
	| { kind: 'list'; items: string[] }
	/** label: value lines, e.g. "Adresse: Lindenstraße 4" */
	| { kind: 'facts'; rows: [string, string][] }
	| { kind: 'rule' }
	| { kind: 'pageBreak' }
	/**
	 * A bar chart that is its own data table: per row the label, a bar in proportion to the
	 * largest value, and the value as text (so the figures are in the PDF's text, for screen
	 * readers and search)
	 */
	| { kind: 'bars'; rows: { label: string; value: number; text: string }[] }
	/** A JPEG or PNG, fitted to the text width; the caption (or the description) below it */
	| { kind: 'image'; data: Buffer; alt: string; caption?: string };

export interface PdfOptions {
	title: string;
	/** BCP 47, e.g. de-DE */
	lang: string;
	author?: string;
	subject?: string;
	/** Shown left in every page's footer, beside the page number */
	footer?: string;
	/** Text of "page {n} of {total}" with {n} and {total} */
	pageLabel?: string;
	/** Accent colour of headings and rules, #rrggbb */
	color?: string;
}

const MARGIN = 56;
const SIZES = { 1: 22, 2: 15, 3: 12 } as const;

/**
 * Renders the blocks into a PDF file. PDFKit (with fontkit, about 30 MB of memory) is loaded on
 * the first PDF, not when the server starts: most processes never make one.
 */
export async function renderPdf(options: PdfOptions, blocks: PdfBlock[]): Promise<Buffer> {
	const { default: PDFDocument } = await import('pdfkit');
	const doc = new PDFDocument({
		size: 'A4',
		margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
		bufferPages: true,
		lang: options.lang,
		displayTitle: true,
		pdfVersion: '1.7',
		info: {
			Title: options.title,
			Author: options.author ?? '',
			Subject: options.subject ?? '',
			Creator: 'Bündnis'
		}
	});
	doc.registerFont('regular', FONTS.regular);
	doc.registerFont('bold', FONTS.bold);
	const accent = options.color ?? '#1f5f8b';
	const text = '#1d232a';
	const muted = '#4f5862';
	const width = doc.page.width - 2 * MARGIN;

	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const finished = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	for (const block of blocks) {
		switch (block.kind) {
			case 'heading': {
				const level = block.level ?? 2;
				// Keep a heading with at least two lines of what follows it.
				if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
				if (level > 1) doc.moveDown(0.6);
				doc
					.font('bold')
					.fontSize(SIZES[level])
					.fillColor(level === 3 ? text : accent)
					.text(block.text, { width });
				doc.moveDown(level === 1 ? 0.5 : 0.25);
				break;
			}
			case 'paragraph':
				doc
					.font('regular')
					.fontSize(10.5)
					.fillColor(block.muted ? muted : text)
					.text(block.text, { width, lineGap: 2 });
				doc.moveDown(0.5);
				break;
			case 'list':
				doc.font('regular').fontSize(10.5).fillColor(text);
				doc.list(block.items, { width, lineGap: 2, bulletRadius: 2, textIndent: 12 });
				doc.moveDown(0.5);
				break;
			case 'facts':
				for (const [label, value] of block.rows) {
					if (!value) continue;
					doc
						.font('bold')
						.fontSize(10)
						.fillColor(text)
						.text(`${label}: `, { width, continued: true, lineGap: 1.5 })
						.font('regular')
						.text(value, { lineGap: 1.5 });
				}
				doc.moveDown(0.5);
				break;
			case 'rule': {
				const y = doc.y + 2;
				doc
					.moveTo(MARGIN, y)
					.lineTo(MARGIN + width, y)
					.lineWidth(0.75)
					.strokeColor(accent)
					.stroke();
				doc.y = y + 8;
				break;
			}
			case 'pageBreak':
				doc.addPage();
				break;
			case 'bars': {
				const largest = Math.max(1, ...block.rows.map((r) => r.value));
				const labelWidth = width * 0.42;
				const valueWidth = 70;
				const barSpace = width - labelWidth - valueWidth - 12;
				doc.font('regular').fontSize(9.5);
				for (const row of block.rows) {
					const height = Math.max(12, doc.heightOfString(row.label, { width: labelWidth }));
					if (doc.y + height > doc.page.height - MARGIN - 14) doc.addPage();
					const y = doc.y;
					doc.fillColor(text).text(row.label, MARGIN, y, { width: labelWidth });
					const bar = Math.max(row.value > 0 ? 2 : 0, (row.value / largest) * barSpace);
					if (bar > 0) doc.rect(MARGIN + labelWidth + 6, y + 2, bar, 8).fill(accent);
					doc.fillColor(text).text(row.text, MARGIN + labelWidth + 12 + barSpace, y, {
						width: valueWidth,
						align: 'right'
					});
					doc.x = MARGIN;
					doc.y = y + height + 3;
				}
				doc.moveDown(0.4);
				break;
			}
			case 'image': {
				const maxHeight = 260;
				// An image PDFKit cannot read is left out rather than breaking the document.
				let image: { width: number; height: number };
				try {
					// PDFKit's own method (not in its type definitions): reads the size before placing.
					image = (
						doc as unknown as { openImage(src: Buffer): { width: number; height: number } }
					).openImage(block.data);
				} catch {
					break;
				}
				const scale = Math.min(width / image.width, maxHeight / image.height, 1);
				const h = image.height * scale;
				if (doc.y + h + 30 > doc.page.height - MARGIN - 14) doc.addPage();
				const y = doc.y;
				doc.image(image as never, MARGIN, y, { width: image.width * scale, height: h });
				doc.x = MARGIN;
				doc.y = y + h + 4;
				doc
					.font('regular')
					.fontSize(9)
					.fillColor(muted)
					.text(block.caption || block.alt, { width });
				doc.moveDown(0.6);
				break;
			}
		}
	}

	// Footer on every page: the document's name and "page n of N".
	const range = doc.bufferedPageRange();
	for (let i = range.start; i < range.start + range.count; i++) {
		doc.switchToPage(i);
		const y = doc.page.height - MARGIN + 4;
		const label = (options.pageLabel ?? '{n} / {total}')
			.replace('{n}', String(i + 1))
			.replace('{total}', String(range.count));
		doc.font('regular').fontSize(8.5).fillColor(muted);
		// Writing below the bottom margin must not open a new page.
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		if (options.footer)
			doc.text(options.footer, MARGIN, y, { width: width - 80, lineBreak: false });
		doc.text(label, MARGIN + width - 80, y, { width: 80, align: 'right', lineBreak: false });
		doc.page.margins.bottom = bottom;
	}
	doc.end();
	return finished;
}
