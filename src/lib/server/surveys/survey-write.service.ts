import { contentChanged } from '../alliances/content-changed.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { ServiceContext } from '../context.ts';
import { AppError } from '../app-error.ts';
import type { QuestionInput } from './survey.schema.ts';

/* What the services that set up surveys share: not found, the history entry, a question's columns. */

export type Ctx = Pick<ServiceContext, 'db' | 'registry'>;

export const notFound = () => new AppError('NOT_FOUND', 'error.notFound');

export async function changed(
	ctx: Ctx,
	allianceId: string,
	userId: string | null,
	action: string,
	entityId: string,
	summary: string
) {
	await recordAudit(ctx, { allianceId, userId, action, entity: 'survey', entityId, summary });
	await contentChanged(ctx, allianceId);
}

export function questionRow(input: QuestionInput) {
	return {
		section: input.section,
		kind: input.kind,
		label: input.label,
		help: input.help,
		required: input.required ? 1 : 0,
		options: JSON.stringify(
			['single', 'multiple', 'ranking', 'grid'].includes(input.kind) ? input.options : []
		),
		grid_rows: JSON.stringify(input.kind === 'grid' ? input.gridRows : []),
		allow_other: input.allowOther && ['single', 'multiple'].includes(input.kind) ? 1 : 0,
		scale_min: input.kind === 'scale' ? input.scaleMin : null,
		scale_max: input.kind === 'scale' ? input.scaleMax : null,
		scale_min_label: input.kind === 'scale' ? input.scaleMinLabel : '',
		scale_max_label: input.kind === 'scale' ? input.scaleMaxLabel : '',
		results_public: input.resultsPublic ? 1 : 0
	};
}
