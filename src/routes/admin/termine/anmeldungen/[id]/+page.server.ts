import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { registrationAdminRoutes } from '#lib/server/events/registration/registration-admin.route.ts';

/** Registrations of an event: coordinators and editors (the service checks again). */
const routes = registrationAdminRoutes(getApp, (locals, url) => requireEditor(locals, url));

export const load: PageServerLoad = routes.load;
export const actions: Actions = routes.actions;
