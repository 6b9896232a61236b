import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { fileOf, readUploadForm } from '#lib/server/content/content-forms.ts';
import { formError, parseForm, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
import {
	photoAltSchema,
	photoSchema,
	reportTextSchema,
	reportYearSchema
} from '#lib/server/report/report.schema.ts';
import {
	addReportPhoto,
	removeReportPhoto,
	reportForAdmin,
	saveReportText
} from '#lib/server/report/report.service.ts';

/** The year in the address (?jahr=2025); last year when missing or not a year. */
function yearOf(url: URL): number {
	const parsed = reportYearSchema.safeParse(url.searchParams.get('jahr') ?? '');
	return parsed.success ? parsed.data : new Date().getUTCFullYear() - 1;
}

/** Coordinators choose a year, write its texts, add photos, pick surveys and publish. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const year = yearOf(url);
	const data = await reportForAdmin(getApp(), viewer, alliance.id, year);
	const thisYear = new Date().getUTCFullYear();
	const choices = new Set([thisYear, thisYear - 1, thisYear - 2, ...data.years.map((y) => y.year)]);
	choices.add(year);
	return {
		year,
		yearChoices: [...choices].sort((a, b) => b - a),
		...data
	};
};

export const actions: Actions = {
	save: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(reportTextSchema, form);
		if (!parsed.ok) return parsed.failure;
		const result = await attempt(form, () =>
			saveReportText(getApp(), viewer, alliance.id, yearOf(url), parsed.data)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'report.admin.saved' };
	},
	addPhoto: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const read = await readUploadForm(request);
		if (!read.ok) {
			const key = read.status === 413 ? 'upload.tooLarge' : 'error.badRequest';
			return formError(read.status, key, {}, { photoFile: { key } });
		}
		const parsed = parseForm(photoAltSchema, read.form);
		if (!parsed.ok) return parsed.failure;
		const result = await addReportPhoto(
			getApp(),
			viewer,
			alliance.id,
			yearOf(url),
			fileOf(read.form, 'photoFile'),
			parsed.data.alt
		);
		if (!result.ok) {
			return formError(400, result.error, read.form, { photoFile: { key: result.error } });
		}
		return { ok: true, success: 'report.admin.photoAdded' };
	},
	removePhoto: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const parsed = parseForm(photoSchema, form);
		if (!parsed.ok) return parsed.failure;
		await removeReportPhoto(getApp(), viewer, alliance.id, yearOf(url), parsed.data.photoId);
		return { ok: true, success: 'report.admin.photoRemoved' };
	}
};
