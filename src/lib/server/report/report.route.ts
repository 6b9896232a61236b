import { error } from '@sveltejs/kit';
import type { Alliance } from '../alliances/alliance.types.ts';
import { getApp } from '../app.ts';
import { reportYearSchema } from './report.schema.ts';
import { publicReport, type Report } from './report.service.ts';

/** The published report of the year in the address; 404 for anything else. */
export async function publishedReportOf(alliance: Alliance, param: string): Promise<Report> {
	const year = reportYearSchema.safeParse(/^\d{4}$/.test(param) ? param : '');
	if (!year.success) error(404, 'error.notFound');
	const report = await publicReport(getApp(), alliance.id, year.data);
	if (!report) error(404, 'error.notFound');
	return report;
}
