import { describe, expect, it } from 'vitest';
import { htmlToText, isOwnImageSource, sanitizeRichText } from './sanitize.ts';

const clean = (html: string) => sanitizeRichText(html).html;

describe('sanitizeRichText: XSS payloads', () => {
	const payloads: [string, string][] = [
		['script tag', '<p>Hallo</p><script>alert(1)</script>'],
		['img onerror', '<img src="/dateien/abc" alt="x" onerror="alert(1)">'],
		['svg onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
		['javascript link', '<a href="javascript:alert(1)">klick</a>'],
		['javascript link with entities', '<a href="jav&#x09;ascript:alert(1)">klick</a>'],
		['javascript link upper case', '<a href="JaVaScRiPt:alert(1)">klick</a>'],
		['data link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
		['iframe', '<iframe src="https://evil.example/"></iframe>'],
		['object', '<object data="evil.swf"></object>'],
		['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
		['style tag', '<style>body{display:none}</style><p>x</p>'],
		['onclick on p', '<p onclick="alert(1)">x</p>'],
		['form', '<form action="https://evil.example"><input name="pw"></form>'],
		['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example">'],
		['base', '<base href="https://evil.example/">'],
		['math', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
		['nested comment trick', '<!--<img src="--><img src=x onerror=alert(1)//">'],
		['unclosed attribute', '<a href="https://ok.example" onmouseover="alert(1)"x>y</a>'],
		['img data uri', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="x">'],
		['template', '<template><script>alert(1)</script></template>']
	];

	it.each(payloads)('neutralises %s', (_name, payload) => {
		const out = clean(payload);
		expect(out).not.toMatch(/<script|<iframe|<object|<svg|<style|<form|<meta|<base|<math/i);
		expect(out).not.toMatch(/\son[a-z]+\s*=/i);
		expect(out).not.toMatch(/javascript:/i);
		expect(out).not.toMatch(/data:/i);
		expect(out).not.toMatch(/style=/i);
		expect(out).not.toContain('alert(1)</');
	});

	it('keeps the harmless text around a removed script', () => {
		expect(clean('<p>Hallo</p><script>alert(1)</script><p>Welt</p>')).toBe(
			'<p>Hallo</p><p>Welt</p>'
		);
	});
});

describe('sanitizeRichText: what stays', () => {
	it('keeps headings h2–h4 and maps h1, h5, h6 into that range', () => {
		expect(clean('<h1>A</h1><h2>B</h2><h3>C</h3><h4>D</h4><h5>E</h5>')).toBe(
			'<h2>A</h2><h2>B</h2><h3>C</h3><h4>D</h4><h4>E</h4>'
		);
	});

	it('keeps inline formatting, lists, quotes and rules', () => {
		const html =
			'<p><strong>f</strong> <em>k</em> <u>u</u> <s>s</s><br></p><ul><li>a</li></ul><ol><li>b</li></ol><blockquote><p>z</p></blockquote><hr>';
		expect(clean(html)).toBe(
			'<p><strong>f</strong> <em>k</em> <u>u</u> <s>s</s><br /></p><ul><li>a</li></ul><ol><li>b</li></ol><blockquote><p>z</p></blockquote><hr />'
		);
	});

	it('adds rel="noopener noreferrer" to external links and drops target', () => {
		expect(clean('<a href="https://example.org" target="_blank" rel="opener">x</a>')).toBe(
			'<a href="https://example.org" rel="noopener noreferrer">x</a>'
		);
	});

	it('allows mailto, tel and relative links without rel', () => {
		expect(clean('<a href="mailto:info@example.org">m</a>')).toBe(
			'<a href="mailto:info@example.org">m</a>'
		);
		expect(clean('<a href="tel:+492331123">t</a>')).toBe('<a href="tel:+492331123">t</a>');
		expect(clean('<a href="/ueber-uns/ziele">r</a>')).toBe('<a href="/ueber-uns/ziele">r</a>');
	});

	it('removes an href with a foreign scheme but keeps the text', () => {
		expect(clean('<a href="ftp://example.org/x">x</a>')).toBe('<a>x</a>');
	});

	it('keeps tables with scope and drops styles and colgroups', () => {
		const html =
			'<table style="min-width:50px"><colgroup><col style="width:20px"></colgroup><thead><tr><th scope="col" colspan="1">Tag</th><th scope="evil">Zeit</th></tr></thead><tbody><tr><td colspan="2" rowspan="1" class="x">Mo</td></tr></tbody></table>';
		expect(clean(html)).toBe(
			'<table><thead><tr><th scope="col">Tag</th><th scope="col">Zeit</th></tr></thead><tbody><tr><td colspan="2">Mo</td></tr></tbody></table>'
		);
	});

	it('strips classes, ids and data attributes', () => {
		expect(clean('<p class="a" id="b" data-x="1">x</p>')).toBe('<p>x</p>');
	});
});

describe('sanitizeRichText: images', () => {
	it('keeps our own images with alt text', () => {
		const r = sanitizeRichText(
			'<p><img src="/dateien/0f9a-12" alt="Kinder beim Fest" title="t"></p>'
		);
		expect(r.html).toBe('<p><img src="/dateien/0f9a-12" alt="Kinder beim Fest" /></p>');
		expect(r.imagesWithoutAlt).toBe(0);
	});

	it('removes images without alt text and counts them', () => {
		const r = sanitizeRichText(
			'<p>a<img src="/dateien/1"><img src="/dateien/2" alt="   "><img src="/dateien/3" alt="ok"></p>'
		);
		expect(r.html).toBe('<p>a<img src="/dateien/3" alt="ok" /></p>');
		expect(r.imagesWithoutAlt).toBe(2);
	});

	it('removes images from other hosts, protocol-relative and data URIs', () => {
		const r = sanitizeRichText(
			'<img src="https://tracker.example/p.gif" alt="a"><img src="//tracker.example/p.gif" alt="b"><img src="data:image/png;base64,AAAA" alt="c">'
		);
		expect(r.html).toBe('');
		expect(r.imagesWithForeignSource).toBe(3);
	});

	it('knows our own image sources', () => {
		expect(isOwnImageSource('/dateien/abc-123')).toBe(true);
		expect(isOwnImageSource('/b/musterstadt/dateien/abc')).toBe(true);
		expect(isOwnImageSource('https://example.org/a.png')).toBe(false);
		expect(isOwnImageSource('javascript:alert(1)')).toBe(false);
		expect(isOwnImageSource('/a"onerror="x')).toBe(false);
	});
});

describe('htmlToText', () => {
	it('gives readable plain text', () => {
		expect(htmlToText('<h2>Titel</h2><p>Eins &amp; zwei</p><p>drei</p>')).toBe(
			'Titel Eins & zwei drei'
		);
	});
});
