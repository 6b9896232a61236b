import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { euros } from '#lib/server/donations/donation-format.ts';
import { purposeSchema } from '#lib/server/donations/donation.schema.ts';
import { createPurpose, purposesForAdmin } from '#lib/server/donations/donation.service.ts';
import { isValidIban } from '#lib/server/donations/girocode.ts';

/** Coordinators manage the donation purposes shown on /mitmachen/spenden. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const purposes = await purposesForAdmin(getApp(), viewer, alliance.id);
	const locale = locals.locale;
	return {
		purposes: purposes.map((p) => ({
			id: p.id,
			title: p.title,
			published: p.published,
			remittance: p.remittance,
			goal: p.goalCents === null ? null : euros(p.goalCents, locale),
			raised: p.raisedCents === null ? null : euros(p.raisedCents, locale)
		})),
		bankValid: isValidIban(alliance.bank.iban) && !!alliance.bank.holder.trim(),
		deleted: url.searchParams.has('geloescht')
	};
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, purposeSchema, async ({ data }) => {
			const result = await createPurpose(getApp(), viewer, alliance.id, data);
			redirect(303, `${locals.prefix}/admin/spenden/${result.id}?neu`);
		});
	}
};
