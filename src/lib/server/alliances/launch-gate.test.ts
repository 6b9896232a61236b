import { describe, expect, it } from 'vitest';
import { launchGate } from './launch-gate.ts';

const notLive = { liveSince: null, logoId: 'logo-1' };
const html = 'text/html,application/xhtml+xml';
const gate = (path: string, over: Partial<Parameters<typeof launchGate>[0]> = {}) =>
	launchGate({
		alliance: notLive,
		seesSite: false,
		method: 'GET',
		path,
		accept: html,
		prefix: '/b/neu',
		...over
	});

describe('launch gate of a not-yet-public alliance', () => {
	it('sends visitors of any page to the holding page', () => {
		for (const path of ['/', '/termine', '/partner/x', '/ueber-uns', '/kontakt']) {
			const answer = gate(path);
			expect(answer?.status, path).toBe(303);
			expect(answer?.headers.get('location')).toBe('/b/neu/demnaechst');
		}
	});

	it('gives feeds, the widget, the API, files, data requests and forms nothing', () => {
		for (const [path, accept, method] of [
			['/termine.ics', 'text/calendar', 'GET'],
			['/neuigkeiten/rss.xml', 'application/rss+xml', 'GET'],
			['/api/termine', 'application/json', 'GET'],
			['/widget/termine', '*/*', 'GET'],
			['/dateien/other-file', 'image/*', 'GET'],
			['/termine/__data.json', '*/*', 'GET'],
			['/kontakt', html, 'POST']
		] as const) {
			expect(gate(path, { accept, method })?.status, path).toBe(404);
		}
	});

	it('keeps Impressum, Datenschutz, sign-in, invitations, admin, intern, the logo and the holding page open', () => {
		for (const path of [
			'/impressum',
			'/datenschutz',
			'/anmelden',
			'/passwort-vergessen',
			'/einladung/abc',
			'/admin',
			'/admin/veroeffentlichen',
			'/intern',
			'/sprache',
			'/demnaechst',
			'/dateien/logo-1'
		]) {
			expect(gate(path), path).toBeNull();
		}
	});

	it('lets the team see everything, and everyone once the site is live', () => {
		expect(gate('/termine', { seesSite: true })).toBeNull();
		expect(
			gate('/api/termine', { alliance: { liveSince: '2026-12-06T12:00:00Z', logoId: null } })
		).toBeNull();
	});
});
