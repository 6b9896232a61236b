/*
 * CSV for Excel in Germany: UTF-8 with BOM (so umlauts open correctly), semicolons, CRLF.
 * Text cells that start like a formula (= + - @, tab, CR) get a leading apostrophe, so that a
 * name such as "=HYPERLINK(…)" typed into a public form never runs in the organiser's Excel.
 */

const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	let text = value;
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	if (/[;"\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
	return text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
	return BOM + rows.map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
