import type { RequestHandler } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireEditor } from '#lib/server/auth/permissions.ts';
import { registrationAdminRoutes } from '#lib/server/events/registration/registration-admin.route.ts';

/** The registration list as CSV for Excel: coordinators and editors. */
export const GET: RequestHandler = registrationAdminRoutes(getApp, (locals, url) =>
	requireEditor(locals, url)
).csv;
