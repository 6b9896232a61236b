import type { RequestHandler } from './$types';
import { requireAlliance } from '#lib/server/auth/permissions.ts';
import { reportPdf } from '#lib/server/report/report-pdf.ts';
import { publishedReportOf } from '#lib/server/report/report.route.ts';
import { reportPdfPhotos } from '#lib/server/report/report.service.ts';
import { getApp } from '#lib/server/app.ts';

/** A published year's report as a PDF to print and pass on. */
export const GET: RequestHandler = async ({ locals, params }) => {
	const alliance = requireAlliance(locals);
	const report = await publishedReportOf(alliance, params.jahr);
	const photos = await reportPdfPhotos(getApp(), alliance.id, report);
	const bytes = await reportPdf(report, alliance.name, locals.locale, photos);
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="jahresbericht-${report.figures.year}.pdf"`,
			'cache-control': 'public, max-age=300'
		}
	});
};
