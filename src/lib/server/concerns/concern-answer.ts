import type { Alliance } from '../alliances/alliance.types.ts';
import type { ServiceContext } from '../context.ts';
import { sendAnswerMail } from './concern.mails.ts';
import { siteUrlOf } from './concern-site.ts';
import type { ConcernRow } from './concern.repository.ts';
import * as repo from './concern.repository.ts';

/*
 * One answer to a family, whoever writes it (coordinator, partner, working group): stored for
 * the status page, the concern's clock stops, and the family gets it by mail if it left an
 * address (with the status link again).
 */

export async function deliverAnswer(
	ctx: Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>,
	alliance: Alliance,
	row: NonNullable<ConcernRow>,
	answer: {
		body: string;
		authorUserId: string;
		authorLabel: string;
		close: boolean;
		prefix?: string;
	}
): Promise<void> {
	const now = new Date().toISOString();
	await repo.insertEntry(ctx.db, {
		id: crypto.randomUUID(),
		alliance_id: alliance.id,
		concern_id: row.id,
		kind: 'answer',
		body: answer.body,
		author_user_id: answer.authorUserId,
		author_label: answer.authorLabel,
		created_at: now
	});
	await repo.updateConcern(ctx.db, alliance.id, row.id, {
		status: answer.close ? 'closed' : 'answered',
		first_answer_at: row.first_answer_at ?? now,
		waiting_since: null,
		closed_at: answer.close ? now : null,
		updated_at: now
	});
	if (!row.email) return;
	const siteUrl = siteUrlOf(ctx.publicUrl, alliance, answer.prefix);
	await sendAnswerMail(
		ctx.mailer,
		row.email,
		{
			allianceName: alliance.name,
			replyTo: alliance.contact.email || undefined,
			locale: row.locale === 'en' ? 'en' : 'de'
		},
		{
			reference: row.reference,
			statusUrl: `${siteUrl}/anliegen/${row.status_token ?? ''}`,
			answer: answer.body,
			from: answer.authorLabel
		}
	);
}
