import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Alliance } from '../../alliances/alliance.types.ts';
import { isRuleError } from '../../auth/rule-error.ts';
import { ruleFailure } from '../../auth/rule-failure.ts';
import type { Viewer } from '../../auth/viewer.ts';
import type { ServiceContext } from '../../context.ts';
import { formError, parseForm, readForm } from '../../http/forms.ts';
import { localDate } from '../core/time-zone.ts';
import {
	cancelAsOrganiser,
	registrationOverview,
	saveRegistrationSettings
} from './registration-admin.service.ts';
import { registrationSite } from './registration.route.ts';
import { registrationSettingsSchema } from './registration.schema.ts';
import type { RegistrationCtx } from './registration.service.ts';
import { formatWhen } from '../core/when.ts';

/*
 * What the organiser's registration pages (/admin/termine/anmeldungen/[id] and the same under
 * /intern) share once the route has checked its permission: load, save settings, cancel.
 */

type Ctx = RegistrationCtx & Pick<ServiceContext, 'registry'>;

interface AdminRequest {
	ctx: Ctx;
	alliance: Alliance;
	viewer: Viewer;
	eventId: string;
	locale: string;
}

async function guarded<T>(run: () => Promise<T>): Promise<T> {
	try {
		return await run();
	} catch (e) {
		if (isRuleError(e) && (e.status === 404 || e.status === 403)) error(404, 'error.notFound');
		throw e;
	}
}

export async function loadRegistrationAdmin(r: AdminRequest) {
	const overview = await guarded(() =>
		registrationOverview(r.ctx, r.viewer, r.alliance.id, r.eventId)
	);
	const locale = r.locale === 'en' ? 'en' : 'de';
	const { event, settings } = overview;
	return {
		event: { id: event.id, title: event.title, slug: event.slug, status: event.status },
		settings: {
			enabled: settings.enabled,
			capacity: settings.capacity === null ? '' : String(settings.capacity),
			waitlist: settings.waitlist,
			// The form shows the last day on which people may register (closesAt is the midnight after it).
			closesOn: settings.closesAt ? localDate(Date.parse(settings.closesAt) - 1) : '',
			retentionDays: settings.retentionDays === null ? '' : String(settings.retentionDays)
		},
		capacity: settings.capacity,
		defaultRetentionDays: overview.defaultRetentionDays,
		occurrences: overview.occurrences.map((o) => ({
			...o,
			when: formatWhen(o.start, o.end, o.allDay, locale)
		}))
	};
}

interface ActionRequest extends AdminRequest {
	request: Request;
	url: URL;
	locals: { prefix: string; locale: string };
}

export async function saveSettingsAction(r: ActionRequest) {
	const form = await readForm(r.request);
	if (!form) return formError(400, 'error.badRequest', {});
	const parsed = parseForm(registrationSettingsSchema, form);
	if (!parsed.ok) return parsed.failure;
	try {
		await guarded(() =>
			saveRegistrationSettings(
				r.ctx,
				registrationSite(r.locals, r.alliance),
				r.viewer,
				r.alliance.id,
				r.eventId,
				parsed.data
			)
		);
	} catch (e) {
		if (isRuleError(e)) return ruleFailure(e, form);
		throw e;
	}
	return { ok: true, success: 'registration.admin.saved' };
}

const cancelSchema = z.object({ registration: z.string().min(1).max(100) });

export async function cancelPersonAction(r: ActionRequest) {
	const form = await readForm(r.request);
	if (!form) return formError(400, 'error.badRequest', {});
	const parsed = parseForm(cancelSchema, form);
	if (!parsed.ok) return parsed.failure;
	await guarded(() =>
		cancelAsOrganiser(
			r.ctx,
			registrationSite(r.locals, r.alliance),
			r.viewer,
			r.alliance.id,
			r.eventId,
			parsed.data.registration
		)
	);
	return { ok: true, success: 'registration.admin.cancelledPerson' };
}
