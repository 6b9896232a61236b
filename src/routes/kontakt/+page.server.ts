import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { contactSchema } from '#lib/server/contact/contact.schema.ts';
import { sendContactMessage } from '#lib/server/contact/contact.service.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';
import { allianceJsonLd } from '#lib/server/seo/structured-data.ts';

export const load: PageServerLoad = ({ locals }) => {
	const alliance = requireAlliance(locals);
	return {
		contact: alliance.contact,
		jsonLd: allianceJsonLd(getApp().publicUrl, alliance, locals.prefix)
	};
};

export const actions: Actions = {
	default: async (event) => {
		const alliance = requireAlliance(event.locals);
		const form = await readForm(event.request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(contactSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await sendContactMessage(getApp(), alliance, parsed.data, clientKey(event));
		if (!result.ok) return formError(429, result.error, form);
		return { ok: true, success: 'contact.sent' };
	}
};
