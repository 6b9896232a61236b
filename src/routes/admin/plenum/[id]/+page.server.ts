import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { AppError } from '#lib/server/app-error.ts';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { fileOf, formAction, orErrorPage } from '#lib/server/http/action.ts';
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
	return orErrorPage(
		(async () => ({
			plenum: await plenumDetail(app, viewer, alliance, params.id),
			preview: await previewInvitation(app, viewer, alliance, params.id, lang(locals.locale))
		}))()
	);
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, plenumSettingsSchema, async ({ data }) => {
			await savePlenumSettings(getApp(), viewer, alliance.id, params.id, data);
			return { ok: true, success: 'plenum.saved' };
		});
	},
	test: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await sendInvitationTest(
				getApp(),
				viewer,
				alliance,
				params.id,
				viewer.email,
				lang(locals.locale)
			);
			return { ok: true, success: 'plenum.testSent' };
		});
	},
	send: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			if (form.get('confirm') !== 'on') {
				throw new AppError('INVALID', 'error.form', { confirm: 'plenum.sendConfirmMissing' });
			}
			await sendInvitation(getApp(), viewer, alliance.id, params.id);
			return { ok: true, success: 'plenum.sending' };
		});
	},
	minutes: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction({ request, fileField: 'file' }, minutesSchema, async ({ data, form }) => {
			await saveMinutes(getApp(), viewer, alliance.id, params.id, data, fileOf(form, 'file'));
			return { ok: true, success: 'plenum.minutesSaved' };
		});
	},
	announce: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			await announceMinutes(getApp(), viewer, alliance.id, params.id);
			return { ok: true, success: 'plenum.announced' };
		});
	},
	successor: async ({ locals, url, params }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(null, async () => {
			const id = await createSuccessor(getApp(), viewer, alliance, params.id);
			redirect(303, `${locals.prefix}/admin/plenum/${id}?vorbereitet=1`);
		});
	}
};
