import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireConcernInbox } from '#lib/server/auth/permissions.ts';
import { concernStats } from '#lib/server/concerns/concern-stats.service.ts';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireConcernInbox(locals, url);
	const thisYear = new Date().getUTCFullYear();
	const asked = Number(url.searchParams.get('jahr'));
	const year = Number.isInteger(asked) && asked >= 2000 && asked <= thisYear ? asked : thisYear;
	return {
		stats: await concernStats(getApp(), viewer, alliance.id, year),
		years: Array.from({ length: 5 }, (_, i) => thisYear - i)
	};
};
