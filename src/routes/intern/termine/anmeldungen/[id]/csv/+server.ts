import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import {
	registrationAdminRoutes,
	requireOwnEvent
} from '#lib/server/events/registration/registration-admin.route.ts';

/** The registration list of one of the partner's own events as CSV for Excel. */
export const GET: RequestHandler = registrationAdminRoutes(getApp, (locals, url, id) =>
	requireOwnEvent(getApp(), locals, url, id)
).csv;
