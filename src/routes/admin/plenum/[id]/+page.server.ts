import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';
import { plenumDetail } from '#lib/server/plenum/plenum-detail.service.ts';
import { saveMinutes } from '#lib/server/plenum/plenum-minutes.service.ts';
import {
	announceMinutes,
	previewInvitation,
	sendInvitation,
	sendInvitationTest
} from '#lib/server/plenum/plenum-send.service.ts';
import { minutesSchema, plenumSettingsSchema } from '#lib/server/plenum/plenum.schema.ts';
import { createSuccessor, savePlenumSettings } from '#lib/server/plenum/plenum.service.ts';

/** One plenum: agenda and invitation, sending, reminder, minutes, next year's plenum. */

const lang = (locale: string) => (locale === 'en' ? 'en' : 'de');

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const app = getApp();
	const result = await attempt({}, async () => ({
		plenum: await plenumDetail(app, viewer, alliance, params.id),
		preview: await previewInvitation(app, viewer, alliance, params.id, lang(locals.locale))
	}));
	if (!result.ok) error(404, 'error.notFound');
	return result.value;
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(plenumSettingsSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			savePlenumSettings(getApp(), viewer, alliance.id, params.id, parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'plenum.saved' };
	},
	test: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () =>
			sendInvitationTest(getApp(), viewer, alliance, params.id, viewer.email, lang(locals.locale))
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'plenum.testSent' };
	},
	send: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = (await readForm(request)) ?? new FormData();
		if (form.get('confirm') !== 'on') {
			return formError(400, 'error.form', form, { confirm: { key: 'plenum.sendConfirmMissing' } });
		}
		const result = await attempt(form, () =>
			sendInvitation(getApp(), viewer, alliance.id, params.id)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'plenum.sending' };
	},
	minutes: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(minutesSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveMinutes(getApp(), viewer, alliance.id, params.id, parsed.data, fileOf(form, 'file'))
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'plenum.minutesSaved' };
	},
	announce: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () =>
			announceMinutes(getApp(), viewer, alliance.id, params.id)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'plenum.announced' };
	},
	successor: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const result = await attempt({}, () => createSuccessor(getApp(), viewer, alliance, params.id));
		if (!result.ok) return result.failure;
		redirect(303, `${locals.prefix}/admin/plenum/${result.value}?vorbereitet=1`);
	}
};
