import { describe, expect, it } from 'vitest';
import { withPrefix, withoutPrefix } from './links.ts';

describe('path prefix in rich text', () => {
	const stored =
		'<p><a href="/ueber-uns">Über uns</a> <a href="https://example.org/x">x</a> <a href="//cdn.example/x">y</a></p><img src="/dateien/1" alt="a">';
	it('adds the prefix to root paths only', () => {
		expect(withPrefix(stored, '/b/musterstadt')).toBe(
			'<p><a href="/b/musterstadt/ueber-uns">Über uns</a> <a href="https://example.org/x">x</a> <a href="//cdn.example/x">y</a></p><img src="/b/musterstadt/dateien/1" alt="a">'
		);
		expect(withPrefix(stored, '')).toBe(stored);
	});
	it('takes it off again', () => {
		expect(withoutPrefix(withPrefix(stored, '/b/musterstadt'), '/b/musterstadt')).toBe(stored);
		expect(withoutPrefix('<a href="/b/musterstadt">Start</a>', '/b/musterstadt')).toBe(
			'<a href="/">Start</a>'
		);
		expect(withoutPrefix('<a href="/b/musterstadtx/a">x</a>', '/b/musterstadt')).toBe(
			'<a href="/b/musterstadtx/a">x</a>'
		);
	});
});
