/** WCAG 2.1 colour contrast, used by the profile form (server) and its live preview. */

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

function channel(value: number): number {
	const c = value / 255;
	return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function relativeLuminance(hex: string): number {
	const n = Number.parseInt(hex.slice(1), 16);
	const r = (n >> 16) & 0xff;
	const g = (n >> 8) & 0xff;
	const b = n & 0xff;
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
	const la = relativeLuminance(a);
	const lb = relativeLuminance(b);
	const [hi, lo] = la > lb ? [la, lb] : [lb, la];
	return (hi + 0.05) / (lo + 0.05);
}

/** Normal text needs 4.5:1 against its background (WCAG 2.1 AA, 1.4.3). */
export const AA_TEXT = 4.5;

/**
 * The site uses the primary and accent colours as backgrounds behind white text and as
 * text/link colours on white; both must reach AA.
 */
export function meetsThemeContrast(color: string): boolean {
	return HEX_COLOR.test(color) && contrastRatio(color, '#ffffff') >= AA_TEXT;
}
