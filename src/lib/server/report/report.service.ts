import type { Selectable } from 'kysely';
import { contentChanged } from '../alliances/content-changed.ts';
import { assertAllianceRole, type Actor } from '../auth/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import { listSurveys } from '../surveys/survey-settings.service.ts';
import { surveyResults, type SurveyResults } from '../surveys/survey-results.service.ts';
import { getFile, type UploadResult } from '../uploads/upload.service.ts';
import { printableImage, storeImage } from '../uploads/upload-store.service.ts';
import type { PdfPhoto } from './report-pdf.ts';
import { countYear, type ReportFigures } from './report-figures.service.ts';
import * as repo from './report.repository.ts';
import type { ReportTextInput } from './report.schema.ts';
import type { ReportTextTable } from './report.table.ts';

/*
 * The annual report (Jahresbericht): figures counted from the year's data plus what the
 * coordinators write — foreword, highlights, outlook, photos, chosen surveys. Coordinators
 * see and edit every year; the public sees a year once it is published, and it stays.
 */

type ReadCtx = Pick<ServiceContext, 'db'>;
type WriteCtx = Pick<ServiceContext, 'db' | 'registry'>;

export interface ReportText {
	year: number;
	foreword: string;
	highlights: string;
	outlook: string;
	photoIds: string[];
	surveyIds: string[];
	published: boolean;
}

interface ReportPhoto {
	id: string;
	path: string;
	alt: string;
}

export interface Report {
	text: ReportText;
	figures: ReportFigures;
	photos: ReportPhoto[];
	/** Public results of the chosen surveys (only those whose results are public) */
	surveys: SurveyResults[];
}

const MAX_PHOTOS = 8;

function ids(json: string): string[] {
	try {
		const v: unknown = JSON.parse(json);
		return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
	} catch {
		return [];
	}
}

function toText(year: number, r: Selectable<ReportTextTable> | undefined): ReportText {
	return {
		year,
		foreword: r?.foreword ?? '',
		highlights: r?.highlights ?? '',
		outlook: r?.outlook ?? '',
		photoIds: r ? ids(r.photo_ids) : [],
		surveyIds: r ? ids(r.survey_ids) : [],
		published: r?.published === 1
	};
}

async function assemble(ctx: ReadCtx, allianceId: string, text: ReportText): Promise<Report> {
	const [figures, photos, surveys] = await Promise.all([
		countYear(ctx, allianceId, text.year),
		Promise.all(text.photoIds.map((id) => getFile(ctx, allianceId, id))),
		Promise.all(
			text.surveyIds.map((id) => surveyResults(ctx, allianceId, id, { publicOnly: true }))
		)
	]);
	return {
		text,
		figures,
		photos: photos
			.filter((f) => f?.kind === 'image')
			.map((f) => ({ id: f!.id, path: f!.path, alt: f!.alt })),
		surveys: surveys.filter(
			(s): s is SurveyResults => !!s && s.survey.published && s.survey.resultsPublic
		)
	};
}

/** Years whose report is published, newest first. */
export async function publishedYears(ctx: ReadCtx, allianceId: string): Promise<number[]> {
	return (await repo.findTexts(ctx.db, allianceId, true)).map((r) => r.year);
}

/** A published year's report; null when the year is not published here. */
export async function publicReport(
	ctx: ReadCtx,
	allianceId: string,
	year: number
): Promise<Report | null> {
	const row = await repo.findText(ctx.db, allianceId, year);
	if (!row || row.published !== 1) return null;
	return assemble(ctx, allianceId, toText(year, row));
}

/** Any year's report for the coordinators (draft or published), with the surveys to pick. */
export async function reportForAdmin(ctx: ReadCtx, actor: Actor, allianceId: string, year: number) {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const [row, texts, surveys] = await Promise.all([
		repo.findText(ctx.db, allianceId, year),
		repo.findTexts(ctx.db, allianceId, false),
		listSurveys(ctx, allianceId)
	]);
	return {
		report: await assemble(ctx, allianceId, toText(year, row)),
		years: texts.map((t) => ({ year: t.year, published: t.published === 1 })),
		surveys: surveys.map((s) => ({
			id: s.id,
			title: s.title,
			resultsPublic: s.published && s.resultsPublic
		}))
	};
}

async function save(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	text: ReportText,
	summary: string
): Promise<void> {
	const now = new Date().toISOString();
	await repo.upsertText(ctx.db, {
		alliance_id: allianceId,
		year: text.year,
		foreword: text.foreword,
		highlights: text.highlights,
		outlook: text.outlook,
		photo_ids: JSON.stringify(text.photoIds),
		survey_ids: JSON.stringify(text.surveyIds),
		published: text.published ? 1 : 0,
		created_at: now,
		updated_at: now
	});
	await recordAudit(ctx, {
		allianceId,
		userId: actor.userId,
		action: 'update',
		entity: 'report',
		entityId: String(text.year),
		summary
	});
	await contentChanged(ctx, allianceId);
}

/** Saves the coordinators' texts, chosen surveys and the published flag of a year. */
export async function saveReportText(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	year: number,
	input: ReportTextInput
): Promise<ReportText> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const current = toText(year, await repo.findText(ctx.db, allianceId, year));
	// Only surveys of this alliance can be chosen.
	const own = new Set((await listSurveys(ctx, allianceId)).map((s) => s.id));
	const text: ReportText = {
		...current,
		foreword: input.foreword,
		highlights: input.highlights,
		outlook: input.outlook,
		surveyIds: [...new Set(input.surveyIds)].filter((id) => own.has(id)),
		published: input.published
	};
	await save(ctx, actor, allianceId, text, `Jahresbericht ${year}`);
	return text;
}

/** Uploads a photo (through the image upload) and adds it to the year's report. */
export async function addReportPhoto(
	ctx: ServiceContext,
	actor: Actor,
	allianceId: string,
	year: number,
	file: File | null | undefined,
	alt: string
): Promise<UploadResult | { ok: false; error: 'report.photos.tooMany' }> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const text = toText(year, await repo.findText(ctx.db, allianceId, year));
	if (text.photoIds.length >= MAX_PHOTOS) return { ok: false, error: 'report.photos.tooMany' };
	const stored = await storeImage(ctx, allianceId, actor.userId, file, { alt });
	if (!stored.ok) return stored;
	text.photoIds.push(stored.file.id);
	await save(ctx, actor, allianceId, text, `Jahresbericht ${year}: Foto`);
	return stored;
}

/** Takes a photo out of the year's report (the image stays in the media library). */
export async function removeReportPhoto(
	ctx: WriteCtx,
	actor: Actor,
	allianceId: string,
	year: number,
	photoId: string
): Promise<void> {
	await assertAllianceRole(ctx.db, actor, allianceId, ['coordinator']);
	const text = toText(year, await repo.findText(ctx.db, allianceId, year));
	text.photoIds = text.photoIds.filter((id) => id !== photoId);
	await save(ctx, actor, allianceId, text, `Jahresbericht ${year}: Foto entfernt`);
}

/** The report's photos as the PDF takes them (JPEG, at most 1,400 px wide), one at a time. */
export async function reportPdfPhotos(
	ctx: Pick<ServiceContext, 'db' | 'uploadDir'>,
	allianceId: string,
	report: Report
): Promise<PdfPhoto[]> {
	const photos: PdfPhoto[] = [];
	for (const photo of report.photos) {
		const data = await printableImage(ctx, allianceId, photo.id);
		if (data) photos.push({ data, alt: photo.alt });
	}
	return photos;
}
