import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { AppError } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { parseForm } from '#lib/server/http/forms.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';
import { submitApplication } from '#lib/server/partners/partner-application.service.ts';
import { linkOf } from '#lib/server/partners/partner-link.ts';
import { applicationSchema, PARTNER_KINDS } from '#lib/server/partners/partner.schema.ts';

export const load: PageServerLoad = ({ locals }) => {
	requireAlliance(locals);
	return { kinds: PARTNER_KINDS };
};

export const actions: Actions = {
	default: async (event) => {
		const { locals, request } = event;
		const alliance = requireAlliance(locals);
		return formAction(request, async ({ form }) => {
			// Honeypot: people never see this field; a bot that fills it gets the same thanks, nothing is stored.
			if (String(form.get('fax') ?? '').trim()) {
				return { ok: true, success: 'partners.apply.sent' };
			}
			const parsed = parseForm(applicationSchema, form);
			if (!parsed.ok) return parsed.failure;
			const result = await submitApplication(getApp(), {
				allianceId: alliance.id,
				client: clientKey(event),
				data: parsed.data,
				link: linkOf(locals, alliance)
			});
			if (!result.ok) throw new AppError('RATE_LIMITED', 'error.tooManyRequests');
			return { ok: true, success: 'partners.apply.sent' };
		});
	}
};
