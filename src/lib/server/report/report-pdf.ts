import { translate, type Locale } from '../../i18n/index.ts';
import { renderPdf, type PdfBlock } from '../pdf/pdf-document.ts';
import type { Count } from './report-figures.service.ts';
import type { Report } from './report.service.ts';

/*
 * The annual report as a PDF (PDFKit through pdf/pdf-document.ts): the coordinators' texts and
 * photos, then the counted figures as bar charts whose labels and numbers are text (as the web
 * page's charts have their tables), then the chosen surveys' public results.
 */

const paragraphs = (text: string): PdfBlock[] =>
	text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => ({ kind: 'paragraph', text: p }));

/** A photo of the report as the PDF takes it (JPEG or PNG) with its description. */
export interface PdfPhoto {
	data: Buffer;
	alt: string;
}

function reportBlocks(
	report: Report,
	allianceName: string,
	locale: Locale,
	photos: PdfPhoto[]
): PdfBlock[] {
	const t = (key: string, params?: Record<string, string | number>) =>
		translate(locale, key, params);
	const f = report.figures;
	const number = (n: number) => n.toLocaleString(locale === 'en' ? 'en-GB' : 'de-DE');
	const counts = (title: string, list: Count[], labelOf: (l: string) => string): PdfBlock[] =>
		list.length
			? [
					{ kind: 'heading', text: title, level: 3 },
					{
						kind: 'bars',
						rows: list.map((c) => ({
							label: labelOf(c.label),
							value: c.count,
							text: number(c.count)
						}))
					}
				]
			: [];
	const names = (list: string[]): PdfBlock =>
		list.length
			? { kind: 'list', items: list }
			: { kind: 'paragraph', text: t('report.nothing'), muted: true };

	const blocks: PdfBlock[] = [
		{ kind: 'heading', text: t('report.of', { alliance: allianceName, year: f.year }), level: 1 }
	];
	if (report.text.foreword) {
		blocks.push(
			{ kind: 'heading', text: t('report.foreword') },
			...paragraphs(report.text.foreword)
		);
	}
	const highlights = report.text.highlights
		.split('\n')
		.map((l) => l.replace(/^[-*•]\s*/, '').trim())
		.filter(Boolean);
	if (highlights.length) {
		blocks.push(
			{ kind: 'heading', text: t('report.highlights') },
			{ kind: 'list', items: highlights }
		);
	}

	for (const photo of photos) {
		blocks.push({ kind: 'image', data: photo.data, alt: photo.alt });
	}

	blocks.push(
		{ kind: 'rule' },
		{ kind: 'heading', text: t('report.figures') },
		{ kind: 'heading', text: t('report.events'), level: 3 },
		{
			kind: 'facts',
			rows: [
				[t('report.eventsHeld'), number(f.events.held)],
				[t('report.eventsFree'), number(f.events.free)],
				[t('report.eventsNotFree'), number(f.events.notFree)]
			]
		},
		...counts(t('report.byTopic'), f.events.byTopic, (l) => l),
		...counts(t('report.byGroup'), f.events.byGroup, (l) => t(`events.group.${l}`)),
		...counts(t('report.byOrganiser'), f.events.byOrganiser, (l) => l || t('report.noOrganiser')),
		{ kind: 'heading', text: t('report.partners'), level: 3 },
		{ kind: 'facts', rows: [[t('report.partnersJoined'), number(f.partnersJoined.length)]] },
		names(f.partnersJoined),
		{ kind: 'heading', text: t('report.projects'), level: 3 },
		{ kind: 'facts', rows: [[t('report.projectsStarted'), number(f.projectsStarted.length)]] },
		names(f.projectsStarted),
		{ kind: 'facts', rows: [[t('report.projectsCompleted'), number(f.projectsCompleted.length)]] },
		names(f.projectsCompleted),
		{ kind: 'heading', text: t('report.meetings'), level: 3 },
		{ kind: 'facts', rows: [[t('report.meetingsHeld'), number(f.meetings.total)]] },
		...counts(t('report.meetings'), f.meetings.byGroup, (l) => l || t('report.coordination')).slice(
			1
		),
		{ kind: 'heading', text: t('report.concerns'), level: 3 },
		{ kind: 'facts', rows: [[t('report.concernsCount'), number(f.concerns.total.count)]] },
		...(f.concerns.categories.length
			? [
					{
						kind: 'bars' as const,
						rows: f.concerns.categories.map((c) => ({
							label: c.category,
							value: c.count,
							text: number(c.count)
						}))
					}
				]
			: []),
		...(f.concerns.total.medianDays !== null
			? [
					{
						kind: 'paragraph' as const,
						text: t('report.concernsMedian', {
							days: f.concerns.total.medianDays.toLocaleString(locale === 'en' ? 'en-GB' : 'de-DE')
						})
					}
				]
			: []),
		{ kind: 'paragraph', text: t('report.concernsNote'), muted: true }
	);

	if (report.surveys.length) {
		blocks.push({ kind: 'heading', text: t('report.surveys') });
		for (const s of report.surveys) {
			blocks.push(
				{ kind: 'heading', text: s.survey.title, level: 3 },
				{
					kind: 'paragraph',
					text: t('report.surveyResponses', { count: s.responses }),
					muted: true
				}
			);
			for (const r of s.results) {
				if (r.kind !== 'choice' && r.kind !== 'scale') continue;
				blocks.push(
					{ kind: 'paragraph', text: r.question.label },
					{
						kind: 'bars',
						rows: r.bars.map((b) => ({
							label: b.label === '__other__' ? t('surveys.other') : b.label,
							value: b.count,
							text: `${number(b.count)} (${number(b.percent)} %)`
						}))
					}
				);
			}
		}
	}
	if (report.text.outlook) {
		blocks.push({ kind: 'heading', text: t('report.outlook') }, ...paragraphs(report.text.outlook));
	}
	return blocks;
}

/** The report as PDF bytes; `photos` as `reportPdfPhotos` (report.service.ts) reads them. */
export function reportPdf(
	report: Report,
	allianceName: string,
	locale: Locale,
	photos: PdfPhoto[] = []
): Promise<Buffer> {
	const title = translate(locale, 'report.of', {
		alliance: allianceName,
		year: report.figures.year
	});
	return renderPdf(
		{
			title,
			lang: locale === 'en' ? 'en-GB' : 'de-DE',
			author: allianceName,
			footer: title,
			pageLabel: translate(locale, 'report.pageLabel')
		},
		reportBlocks(report, allianceName, locale, photos)
	);
}
