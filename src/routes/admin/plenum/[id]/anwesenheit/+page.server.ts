import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formError, readForm } from '#lib/server/http/forms.ts';
import { attempt } from '#lib/server/partners/partner-route.ts';
import { attendanceList, saveAttendance } from '#lib/server/plenum/plenum-attendance.service.ts';

/** The attendance list of a plenum: mark present or absent, print, download as CSV. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const result = await attempt({}, () => attendanceList(getApp(), viewer, alliance.id, params.id));
	if (!result.ok) error(404, 'error.notFound');
	return { list: result.value, allianceName: alliance.name };
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		const form = await readForm(request);
		if (!form) return formError(400, 'error.badRequest', {});
		const marks: Record<string, 'present' | 'absent'> = {};
		for (const [key, value] of form.entries()) {
			if (!key.startsWith('mark:')) continue;
			if (value !== 'present' && value !== 'absent') return formError(400, 'error.invalid', form);
			marks[key.slice(5)] = value;
		}
		const result = await attempt(form, () =>
			saveAttendance(getApp(), viewer, alliance.id, params.id, marks)
		);
		if (!result.ok) return result.failure;
		return { ok: true, success: 'plenum.attendance.saved' };
	}
};
