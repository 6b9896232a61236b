import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { publicPartner } from '#lib/server/partners/partner.service.ts';

/** A partner's public profile: public data only (see PublicPartner), its events and projects. */
export const load: PageServerLoad = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const partner = await publicPartner(getApp(), alliance.id, params.slug);
	if (!partner) error(404, { message: 'error.notFound' });
	// TODO(lead): list the partner's upcoming events here once src/lib/server/events offers a
	// function for "upcoming events of a partner" (calendar feature); until then the page says so.
	const events: { id: string; title: string; startsAt: string; path: string }[] = [];
	return { partner, events };
};
