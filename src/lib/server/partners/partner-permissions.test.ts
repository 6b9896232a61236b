import { describe, expect, it } from 'vitest';
import { canEditPartner, requireEditPartner, requirePartnerContact } from '../auth/permissions.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Alliance } from '../alliances/alliance.types.ts';

const viewer = (role: Viewer['role'], platformAdmin = false): Viewer => ({
	userId: 'u1',
	name: 'Test',
	email: 't@example.org',
	platformAdmin,
	role
});

const locals = (v: Viewer | null) => ({
	alliance: { id: 'a1' } as Alliance,
	viewer: v,
	prefix: ''
});

function status(run: () => unknown): number | 'ok' {
	try {
		run();
		return 'ok';
	} catch (e) {
		return (e as { status: number }).status;
	}
}

describe('partner permissions', () => {
	it('a partner contact may edit only the partners they speak for', () => {
		expect(canEditPartner(viewer('partner'), 'p1', ['p1'])).toBe(true);
		expect(canEditPartner(viewer('partner'), 'p2', ['p1'])).toBe(false);
		expect(canEditPartner(viewer('editor'), 'p1', ['p1'])).toBe(false);
		expect(canEditPartner(viewer('coordinator'), 'p2', [])).toBe(true);
		expect(canEditPartner(viewer(null, true), 'p2', [])).toBe(true);
		expect(canEditPartner(null, 'p1', ['p1'])).toBe(false);
	});

	it('another partner’s pages answer 404, revealing nothing', () => {
		expect(status(() => requireEditPartner(viewer('partner'), 'p2', ['p1']))).toBe(404);
		expect(status(() => requireEditPartner(viewer('partner'), 'p1', ['p1']))).toBe('ok');
	});

	it('partner pages need a partner contact or a coordinator', () => {
		const url = new URL('http://x/intern/partner/p1');
		expect(status(() => requirePartnerContact(locals(null), url))).toBe(303);
		expect(status(() => requirePartnerContact(locals(viewer('editor')), url))).toBe(403);
		expect(status(() => requirePartnerContact(locals(viewer(null)), url))).toBe(403);
		expect(status(() => requirePartnerContact(locals(viewer('partner')), url))).toBe('ok');
		expect(status(() => requirePartnerContact(locals(viewer('coordinator')), url))).toBe('ok');
	});
});
