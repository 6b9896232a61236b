import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { allowAnyone, requireAlliance } from '#lib/server/auth/permissions.ts';
import { occurrencePath } from '#lib/server/events/core/occurrence-path.ts';
import { calendarSettings } from '#lib/server/events/core/moderation.settings.ts';
import { registrationSite } from '#lib/server/events/registration/registration.route.ts';
import { registrationFormSchema } from '#lib/server/events/registration/registration.schema.ts';
import { register } from '#lib/server/events/registration/register.service.ts';
import { registrationPage } from '#lib/server/events/registration/registration.service.ts';
import { formatWhen } from '#lib/server/events/core/when.ts';
import { AppError, codeOf } from '#lib/server/app-error.ts';
import { formAction } from '#lib/server/http/action.ts';
import { clientKey } from '#lib/server/http/rate-limit.ts';

/** Public registration for an event (no account): anyone may use it. */
export const load: PageServerLoad = async ({ locals, params, url, setHeaders }) => {
	allowAnyone(locals);
	const alliance = requireAlliance(locals);
	const app = getApp();
	const page = await registrationPage(
		app,
		alliance.id,
		params.slug,
		url.searchParams.get('termin')
	);
	if (!page) error(404, 'error.notFound');
	// Free places change with every registration: never serve this page from a cache.
	setHeaders({ 'cache-control': 'no-store' });
	const locale = locals.locale === 'en' ? 'en' : 'de';
	const { event, chosen, state } = page;
	return {
		event: {
			title: event.title,
			slug: event.slug,
			recurring: event.rrule !== null,
			place: [event.location.placeName, event.location.address].filter(Boolean).join(', '),
			path: chosen
				? occurrencePath(event.slug, event.rrule !== null, chosen.recurrenceId)
				: `/termine/${event.slug}`
		},
		dates: event.rrule
			? page.occurrences.map((o) => ({
					recurrenceId: o.recurrenceId,
					label: formatWhen(o.start, o.end, o.allDay, locale),
					cancelled: o.cancelled
				}))
			: [],
		chosen: chosen
			? {
					recurrenceId: chosen.recurrenceId,
					when: formatWhen(chosen.start, chosen.end, chosen.allDay, locale)
				}
			: null,
		state,
		retentionDays:
			event.registration.retentionDays ??
			(await calendarSettings(app, alliance.id)).registrationRetentionDays
	};
};

export const actions: Actions = {
	default: async (event) => {
		allowAnyone(event.locals);
		const alliance = requireAlliance(event.locals);
		return formAction(event.request, registrationFormSchema, async ({ data }) => {
			const result = await register(
				getApp(),
				registrationSite(event.locals, alliance),
				alliance.id,
				event.params.slug,
				data,
				clientKey(event)
			);
			if (!result.ok) throw new AppError(codeOf(result.status), result.key, result.field);
			return {
				ok: true,
				success: result.repeated
					? 'registration.done.repeated'
					: `registration.done.${result.status}`,
				token: result.token
			};
		});
	}
};
