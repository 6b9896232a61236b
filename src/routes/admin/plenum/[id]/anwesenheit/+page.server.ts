import type { Actions, PageServerLoad } from './$types';
import { AppError } from '#lib/server/app-error.ts';
import { getApp } from '#lib/server/app.ts';
import { requireCoordinator } from '#lib/server/auth/permissions.ts';
import { formAction, orErrorPage } from '#lib/server/http/action.ts';
import { attendanceList, saveAttendance } from '#lib/server/plenum/plenum-attendance.service.ts';

/** The attendance list of a plenum: mark present or absent, print, download as CSV. */
export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { alliance, viewer } = requireCoordinator(locals, url);
	const list = await orErrorPage(attendanceList(getApp(), viewer, alliance.id, params.id));
	return { list, allianceName: alliance.name };
};

export const actions: Actions = {
	save: async ({ locals, url, params, request }) => {
		const { alliance, viewer } = requireCoordinator(locals, url);
		return formAction(request, async ({ form }) => {
			const marks: Record<string, 'present' | 'absent'> = {};
			for (const [key, value] of form.entries()) {
				if (!key.startsWith('mark:')) continue;
				if (value !== 'present' && value !== 'absent')
					throw new AppError('INVALID', 'error.invalid');
				marks[key.slice(5)] = value;
			}
			await saveAttendance(getApp(), viewer, alliance.id, params.id, marks);
			return { ok: true, success: 'plenum.attendance.saved' };
		});
	}
};
