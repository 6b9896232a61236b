import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { requireOfferEditor } from '#lib/server/auth/permissions.ts';
import type { CsvRowResult } from '#lib/server/offers/offer-csv.ts';
import { importOffersCsv, previewOffersCsv } from '#lib/server/offers/offer-import.service.ts';

const MAX_BYTES = 5 * 1024 * 1024;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireOfferEditor(locals, url);
	return {};
};

function summary(rows: CsvRowResult[]) {
	return rows.map((r) => ({ line: r.line, id: r.id, name: r.name, errors: r.errors }));
}

export const actions: Actions = {
	/** Upload → every row checked, nothing written; the file's text travels on to "import". */
	preview: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		return formAction(request, async ({ form }) => {
			const file = fileOf(form, 'datei');
			if (!file) throw new AppError('INVALID', 'error.form', { datei: { key: 'error.required' } });
			if (file.size > MAX_BYTES) throw new AppError('INVALID', 'offers.csv.bad');
			const text = await file.text();
			const result = await previewOffersCsv(getApp(), viewer, alliance.id, text);
			if (!result) throw new AppError('INVALID', 'offers.csv.bad');
			return { preview: summary(result.rows), csv: text };
		});
	},
	/** All rows or none. */
	import: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireOfferEditor(locals, url);
		return formAction(request, async ({ form }) => {
			const text = String(form.get('csv') ?? '');
			if (!text || text.length > MAX_BYTES) throw new AppError('INVALID', 'offers.csv.chooseAgain');
			const result = await importOffersCsv(getApp(), viewer, alliance.id, text);
			if (!result) throw new AppError('INVALID', 'offers.csv.bad');
			if (!result.imported) {
				return { preview: summary(result.rows), csv: text };
			}
			return { ok: true, imported: result.imported };
		});
	}
};
