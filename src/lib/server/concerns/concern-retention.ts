import type { ServiceContext } from '../context.ts';
import { sendReminderMail } from './concern.mails.ts';
import { concernSettings } from './concern-setup.service.ts';
import { siteUrlOf } from './concern-site.ts';
import * as jobRepo from './concern-job.repository.ts';
import * as routingRepo from './concern-routing.repository.ts';

const DAY = 86_400_000;

/**
 * Mails each alliance's coordinators (the assigned one, if any) about concerns whose family has
 * waited longer than the alliance's reminder period. Each waiting period is reminded once.
 * Returns how many concerns were reminded.
 */
export async function remindWaitingConcerns(
	ctx: Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>,
	now = new Date()
): Promise<number> {
	let count = 0;
	for (const alliance of await jobRepo.findAllianceIds(ctx.db)) {
		const { reminderDays } = await concernSettings(ctx.db, alliance.id);
		const before = new Date(now.getTime() - reminderDays * DAY).toISOString();
		const waiting = await jobRepo.findWaitingConcerns(ctx.db, alliance.id, before);
		if (!waiting.length) continue;
		const siteUrl = siteUrlOf(ctx.publicUrl, alliance);
		const coordinators = await routingRepo.findCoordinators(ctx.db, alliance.id);
		const byRecipient = new Map<string, { reference: string; url: string }[]>();
		for (const c of waiting) {
			const assigned = coordinators.find((p) => p.id === c.assigned_user_id);
			const recipients = assigned ? [assigned.email] : coordinators.map((p) => p.email);
			for (const to of recipients) {
				const list = byRecipient.get(to) ?? [];
				list.push({ reference: c.reference, url: `${siteUrl}/admin/anliegen/${c.id}` });
				byRecipient.set(to, list);
			}
		}
		for (const [to, items] of byRecipient) {
			await sendReminderMail(ctx.mailer, to, {
				allianceName: alliance.name,
				days: reminderDays,
				items
			});
		}
		await jobRepo.markReminded(
			ctx.db,
			alliance.id,
			waiting.map((c) => c.id),
			now.toISOString()
		);
		count += waiting.length;
	}
	return count;
}

/** Anonymises concerns closed longer ago than each alliance's retention period. */
export async function anonymiseClosedConcerns(
	ctx: Pick<ServiceContext, 'db'>,
	now = new Date()
): Promise<number> {
	let count = 0;
	for (const alliance of await jobRepo.findAllianceIds(ctx.db)) {
		const { retentionMonths } = await concernSettings(ctx.db, alliance.id);
		const before = new Date(now);
		before.setUTCMonth(before.getUTCMonth() - retentionMonths);
		count += await jobRepo.anonymiseClosedBefore(
			ctx.db,
			alliance.id,
			before.toISOString(),
			now.toISOString()
		);
	}
	return count;
}
