import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { INVOLVED_DEFAULT_KEY } from '#lib/server/involved/involved-keys.ts';
import {
	INVOLVED_KEYS,
	involvedTextsSchema,
	type InvolvedKey
} from '#lib/server/involved/involved.schema.ts';
import { involvedTexts, saveInvolvedTexts } from '#lib/server/involved/involved.service.ts';
import { translate } from '#lib/i18n/index.ts';

/** The coordinators' texts are German, as the rest of the site's content: compare with German. */
const germanDefaults = () =>
	Object.fromEntries(
		INVOLVED_KEYS.map((k) => [k, translate('de', INVOLVED_DEFAULT_KEY[k])])
	) as Record<InvolvedKey, string>;

/** "Machen Sie mit": the coordinators write its introduction and the text of each way. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance } = requireCoordinator(locals, url);
	const own = await involvedTexts(getApp(), alliance.id);
	const defaults = germanDefaults();
	return {
		keys: INVOLVED_KEYS,
		values: Object.fromEntries(INVOLVED_KEYS.map((k) => [k, own[k] ?? defaults[k]])),
		own: INVOLVED_KEYS.filter((k) => own[k] !== undefined)
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, involvedTextsSchema, async ({ data }) => {
			await saveInvolvedTexts(getApp(), viewer, alliance.id, data, germanDefaults());
			return { ok: true, success: 'involved.admin.saved' };
		});
	}
};
