import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { fileOf, formAction } from '#lib/server/http/action.ts';
import { AppError } from '#lib/server/app-error.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import type { PartnerCsvRow } from '#lib/server/partners/partner-csv.ts';
import {
	importPartnersCsv,
	previewPartnersCsv
} from '#lib/server/partners/partner-import.service.ts';

const MAX_BYTES = 5 * 1024 * 1024;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireCoordinator(locals, url);
	return {};
};

function summary(rows: PartnerCsvRow[]) {
	return rows.map((r) => ({ line: r.line, id: r.id, name: r.name, errors: r.errors }));
}

export const actions: Actions = {
	/** Upload → every row checked, nothing written; the file's text travels on to "import". */
	preview: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			const file = fileOf(form, 'datei');
			if (!file) throw new AppError('INVALID', 'error.form', { datei: { key: 'error.required' } });
			if (file.size > MAX_BYTES) throw new AppError('INVALID', 'partners.csv.bad');
			const text = await file.text();
			const result = await previewPartnersCsv(getApp(), viewer, alliance.id, text);
			if (!result) throw new AppError('INVALID', 'partners.csv.bad');
			return { preview: summary(result.rows), csv: text };
		});
	},
	/** All rows or none. */
	import: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			const text = String(form.get('csv') ?? '');
			if (!text || text.length > MAX_BYTES)
				throw new AppError('INVALID', 'partners.csv.chooseAgain');
			const result = await importPartnersCsv(getApp(), viewer, alliance.id, text);
			if (!result) throw new AppError('INVALID', 'partners.csv.bad');
			if (!result.imported) {
				return { preview: summary(result.rows), csv: text };
			}
			return { ok: true, imported: result.imported, created: result.created };
		});
	}
};
