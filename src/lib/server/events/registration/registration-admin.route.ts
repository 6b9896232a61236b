import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { Alliance } from '../../alliances/alliance.types.ts';
import type { Viewer } from '../../auth/viewer.ts';
import { requireEditEvent, requireInternal } from '../../auth/permissions.ts';
import { partnerIdsOf } from '../../partners/partner-contact.service.ts';
import { eventRef } from '../workflows/moderation.service.ts';
import type { ServiceContext } from '../../context.ts';
import { formAction, orErrorPage } from '../../http/action.ts';
import { localDate } from '../core/time-zone.ts';
import {
	cancelAsOrganiser,
	registrationCsv,
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

export async function loadRegistrationAdmin(r: AdminRequest) {
	const overview = await orErrorPage(
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
	return formAction(r.request, registrationSettingsSchema, async ({ data }) => {
		const site = registrationSite(r.locals, r.alliance);
		await saveRegistrationSettings(r.ctx, site, r.viewer, r.alliance.id, r.eventId, data);
		return { ok: true, success: 'registration.admin.saved' };
	});
}

const cancelSchema = z.object({ registration: z.string().min(1).max(100) });

export async function cancelPersonAction(r: ActionRequest) {
	return formAction(r.request, cancelSchema, async ({ data }) => {
		const site = registrationSite(r.locals, r.alliance);
		await cancelAsOrganiser(r.ctx, site, r.viewer, r.alliance.id, r.eventId, data.registration);
		return { ok: true, success: 'registration.admin.cancelledPerson' };
	});
}

/* The routes' handlers: each route names its permission check (`guard`), the rest is shared. */

/**
 * The check of the /intern pages: one of the partner's own events (partner contacts;
 * coordinators and editors may look too). Another partner's event is a 404.
 */
export async function requireOwnEvent(
	ctx: Pick<ServiceContext, 'db'>,
	locals: App.Locals,
	url: URL,
	eventId: string
) {
	const { alliance, viewer } = requireInternal(locals, url);
	const ref = await eventRef(ctx, alliance.id, eventId);
	if (!ref) error(404, 'error.notFound');
	requireEditEvent(viewer, ref, await partnerIdsOf(ctx, alliance.id, viewer));
	return { alliance, viewer: viewer as Viewer };
}

type Guard = (
	locals: App.Locals,
	url: URL,
	eventId: string
) => Promise<{ alliance: Alliance; viewer: Viewer }> | { alliance: Alliance; viewer: Viewer };

interface RouteEvent {
	locals: App.Locals;
	url: URL;
	params: { id: string };
}

/** Load, actions and CSV download of the registration pages, behind the route's own check. */
export function registrationAdminRoutes(ctx: () => Ctx, guard: Guard) {
	const request = async (e: RouteEvent) => {
		const { alliance, viewer } = await guard(e.locals, e.url, e.params.id);
		return { ctx: ctx(), alliance, viewer, eventId: e.params.id, locale: e.locals.locale };
	};
	const action =
		<T>(run: (r: ActionRequest) => Promise<T>) =>
		async (e: RouteEvent & { request: Request }) =>
			run({ ...(await request(e)), request: e.request, url: e.url, locals: e.locals });
	return {
		load: async (e: RouteEvent) => loadRegistrationAdmin(await request(e)),
		actions: { settings: action(saveSettingsAction), cancel: action(cancelPersonAction) },
		/** The registration list as CSV for Excel. */
		csv: async (e: RouteEvent) => {
			const r = await request(e);
			const csv = await orErrorPage(registrationCsv(r.ctx, r.viewer, r.alliance.id, r.eventId));
			return new Response(csv.body, {
				headers: {
					'content-type': 'text/csv; charset=utf-8',
					'content-disposition': `attachment; filename="${csv.filename}"`,
					'cache-control': 'private, no-store'
				}
			});
		}
	};
}
