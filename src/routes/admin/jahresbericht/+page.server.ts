import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { AppError } from '#lib/server/app-error.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
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
		return formAction(request, reportTextSchema, async ({ data }) => {
			await saveReportText(getApp(), viewer, alliance.id, yearOf(url), data);
			return { ok: true, success: 'report.admin.saved' };
		});
	},
	addPhoto: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(
			{ request, fileField: 'photoFile' },
			photoAltSchema,
			async ({ data, form }) => {
				const file = fileOf(form, 'photoFile');
				const result = await addReportPhoto(
					getApp(),
					viewer,
					alliance.id,
					yearOf(url),
					file,
					data.alt
				);
				if (!result.ok) throw new AppError('INVALID', result.error, 'photoFile');
				return { ok: true, success: 'report.admin.photoAdded' };
			}
		);
	},
	removePhoto: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, photoSchema, async ({ data }) => {
			await removeReportPhoto(getApp(), viewer, alliance.id, yearOf(url), data.photoId);
			return { ok: true, success: 'report.admin.photoRemoved' };
		});
	}
};
