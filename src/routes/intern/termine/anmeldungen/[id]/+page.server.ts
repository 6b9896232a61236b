import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	registrationAdminRoutes,
	requireOwnEvent
} from '#lib/server/events/registration/registration-admin.route.ts';

/**
 * Registrations of one of the partner's own events (partner contacts; coordinators and editors
 * may look too). Another partner's event is a 404.
 */
const routes = registrationAdminRoutes(getApp, (locals, url, id) =>
	requireOwnEvent(getApp(), locals, url, id)
);

export const load: PageServerLoad = routes.load;
export const actions: Actions = routes.actions;
