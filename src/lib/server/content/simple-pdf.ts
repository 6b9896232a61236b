/*
 * A tiny, valid PDF writer for demo content and tests: one or more A4 pages of plain text in
 * Helvetica (WinAnsi, so German umlauts work). Not a layout engine; no dependency needed.
 */

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const LINES_PER_PAGE = 48;

/** Encodes text as WinAnsi (Latin-1 plus the typographic quotes and dashes we use). */
function winAnsi(text: string): number[] {
	const special: Record<string, number> = {
		'–': 0x96,
		'—': 0x97,
		'„': 0x84,
		'“': 0x93,
		'”': 0x94,
		'‚': 0x82,
		'‘': 0x91,
		'’': 0x92,
		'…': 0x85,
		'€': 0x80,
		'•': 0x95
	};
	const out: number[] = [];
	for (const ch of text) {
		const code = ch.codePointAt(0) ?? 0x3f;
		if (special[ch] !== undefined) out.push(special[ch]);
		else if (code < 256) out.push(code);
		else out.push(0x3f);
	}
	return out;
}

/** A PDF string literal with (, ) and \ escaped, as bytes. */
function pdfString(text: string): number[] {
	const bytes: number[] = [0x28];
	for (const b of winAnsi(text)) {
		if (b === 0x28 || b === 0x29 || b === 0x5c) bytes.push(0x5c);
		bytes.push(b);
	}
	bytes.push(0x29);
	return bytes;
}

function ascii(text: string): number[] {
	return Array.from(text, (c) => c.charCodeAt(0));
}

/** Breaks long paragraphs into lines of at most `width` characters. */
function wrap(paragraphs: string[], width = 90): string[] {
	const lines: string[] = [];
	for (const paragraph of paragraphs) {
		if (!paragraph.trim()) {
			lines.push('');
			continue;
		}
		let line = '';
		for (const word of paragraph.split(/\s+/)) {
			if (line && (line + ' ' + word).length > width) {
				lines.push(line);
				line = word;
			} else {
				line = line ? `${line} ${word}` : word;
			}
		}
		lines.push(line);
	}
	return lines;
}

/** Builds a PDF document with a title line and the given paragraphs. */
export function simplePdf(title: string, paragraphs: string[]): Uint8Array {
	const lines = wrap(paragraphs);
	const pages: string[][] = [];
	for (let i = 0; i < Math.max(1, lines.length); i += LINES_PER_PAGE) {
		pages.push(lines.slice(i, i + LINES_PER_PAGE));
	}

	const objects: number[][] = [];
	// 1: catalog, 2: pages, 3: font, then per page: page object + content stream
	const pageIds = pages.map((_, i) => 4 + i * 2);
	objects[1] = ascii('<< /Type /Catalog /Pages 2 0 R >>');
	objects[2] = ascii(
		`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`
	);
	objects[3] = ascii(
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
	);
	pages.forEach((pageLines, i) => {
		const pageId = pageIds[i] ?? 0;
		const contentId = pageId + 1;
		objects[pageId] = ascii(
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
				`/Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`
		);
		const stream: number[] = [];
		let y = PAGE_HEIGHT - 72;
		if (i === 0) {
			stream.push(...ascii(`BT /F1 18 Tf 56 ${y} Td `), ...pdfString(title), ...ascii(' Tj ET\n'));
			y -= 32;
		}
		for (const line of pageLines) {
			if (line) {
				stream.push(...ascii(`BT /F1 11 Tf 56 ${y} Td `), ...pdfString(line), ...ascii(' Tj ET\n'));
			}
			y -= 14.5;
		}
		objects[contentId] = [
			...ascii(`<< /Length ${stream.length} >>\nstream\n`),
			...stream,
			...ascii('\nendstream')
		];
	});

	const out: number[] = [...ascii('%PDF-1.4\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a];
	const offsets: number[] = [];
	for (let id = 1; id < objects.length; id++) {
		offsets[id] = out.length;
		out.push(...ascii(`${id} 0 obj\n`), ...(objects[id] ?? []), ...ascii('\nendobj\n'));
	}
	const xrefAt = out.length;
	out.push(...ascii(`xref\n0 ${objects.length}\n0000000000 65535 f \n`));
	for (let id = 1; id < objects.length; id++) {
		out.push(...ascii(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`));
	}
	out.push(
		...ascii(`trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`)
	);
	return Uint8Array.from(out);
}
