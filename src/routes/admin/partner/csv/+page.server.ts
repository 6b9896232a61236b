import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, readForm } from '#lib/server/http/forms.ts';
import type { PartnerCsvRow } from '#lib/server/partners/partner-csv.ts';
import {
	importPartnersCsv,
	previewPartnersCsv
} from '#lib/server/partners/partner-import.service.ts';
import { attempt, fileOf } from '#lib/server/partners/partner-route.ts';

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
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const file = fileOf(form, 'datei');
		if (!file) return formError(400, 'error.form', {}, { datei: { key: 'error.required' } });
		if (file.size > MAX_BYTES) return formError(400, 'partners.csv.bad', {});
		const text = await file.text();
		const result = await attempt({}, () => previewPartnersCsv(getApp(), viewer, alliance.id, text));
		if (!result.ok) return result.failure;
		if (!result.value) return formError(400, 'partners.csv.bad', {});
		return { preview: summary(result.value.rows), csv: text };
	},
	/** All rows or none. */
	import: async ({ locals, url, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const text = String(form.get('csv') ?? '');
		if (!text || text.length > MAX_BYTES) return formError(400, 'partners.csv.chooseAgain', {});
		const result = await attempt({}, () => importPartnersCsv(getApp(), viewer, alliance.id, text));
		if (!result.ok) return result.failure;
		if (!result.value) return formError(400, 'partners.csv.bad', {});
		if (!result.value.imported) {
			return { preview: summary(result.value.rows), csv: text };
		}
		return { ok: true, imported: result.value.imported, created: result.value.created };
	}
};
