import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { listEventsForAdmin } from '#lib/server/events/core/event-admin.service.ts';
import { EVENT_STATUSES, type EventStatus } from '#lib/server/events/core/event.types.ts';

const NOTICES = new Set(['events.admin.deleted']);

/** All events of the alliance, newest start first, by status and search words. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireEditor(locals, url);
	const rawStatus = url.searchParams.get('status') ?? '';
	const status = (EVENT_STATUSES as readonly string[]).includes(rawStatus)
		? (rawStatus as EventStatus)
		: null;
	const q = (url.searchParams.get('q') ?? '').slice(0, 100);
	const rawPage = url.searchParams.get('seite') ?? '1';
	if (!/^\d{1,5}$/.test(rawPage)) error(404, { message: 'error.notFound' });
	const result = await listEventsForAdmin(getApp(), alliance.id, {
		status,
		q,
		page: Number(rawPage)
	});
	const ok = url.searchParams.get('ok');
	const query = (page: number) => {
		const p = new URLSearchParams();
		if (status) p.set('status', status);
		if (q) p.set('q', q);
		if (page > 1) p.set('seite', String(page));
		const s = p.toString();
		return `/admin/termine${s ? `?${s}` : ''}`;
	};
	return {
		notice: ok && NOTICES.has(ok) ? ok : null,
		status,
		q,
		statuses: EVENT_STATUSES,
		...result,
		previous: result.page > 1 ? query(result.page - 1) : null,
		next: result.page < result.pages ? query(result.page + 1) : null
	};
};
