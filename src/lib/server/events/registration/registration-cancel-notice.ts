import { findAllianceById } from '../../alliances/alliance.repository.ts';
import type { ServiceContext } from '../../context.ts';
import { occurrencePath } from '../core/occurrence-path.ts';
import * as events from '../core/event.repository.ts';
import * as overrideRepo from '../core/event-override.repository.ts';
import { sendEventCancelledNotice } from './registration.mails.ts';
import * as repo from './registration.repository.ts';
import { formatWhen } from '../core/when.ts';
import { allianceBaseUrl } from '../../tenancy/public-url.ts';

const BATCH = 200;

/**
 * Tells everyone registered for a coming event or date that was cancelled — whoever cancelled it
 * and wherever (admin, partner, import). Runs as a job, so it needs no hook in the calendar's
 * status change. Each person is told once. Returns how many were told.
 */
export async function notifyCancelledRegistrations(
	ctx: Pick<ServiceContext, 'db' | 'mailer' | 'log' | 'publicUrl'>,
	now = new Date()
): Promise<number> {
	const nowIso = now.toISOString();
	let told = 0;
	const sites = new Map<string, { siteUrl: string; name: string; replyTo?: string }>();
	for (;;) {
		const rows = await repo.findUntoldCancellations(ctx.db, nowIso, BATCH);
		for (const r of rows) {
			let site = sites.get(r.alliance_id);
			if (!site) {
				const alliance = await findAllianceById(ctx.db, r.alliance_id);
				site = {
					siteUrl: allianceBaseUrl(ctx.publicUrl, alliance ?? null),
					name: alliance?.name ?? 'Bündnis',
					replyTo: alliance?.contact_email || undefined
				};
				sites.set(r.alliance_id, site);
			}
			const event = await events.findEventById(ctx.db, r.alliance_id, r.event_id);
			const override = event?.rrule
				? (await overrideRepo.findOverrides(ctx.db, r.alliance_id, r.event_id)).find(
						(o) => o.recurrence_id === r.occurrence_start
					)
				: undefined;
			const locale = r.locale === 'en' ? 'en' : 'de';
			try {
				await sendEventCancelledNotice(ctx.mailer, r.email, {
					locale,
					allianceName: site.name,
					replyTo: site.replyTo,
					name: r.name,
					title: event?.title ?? '',
					when: formatWhen(r.start_utc, r.end_utc, r.all_day === 1, locale),
					place: [event?.place_name, event?.address].filter(Boolean).join(', '),
					adults: r.adults,
					children: r.children,
					eventUrl: `${site.siteUrl}${event ? occurrencePath(event.slug, event.rrule !== null, r.occurrence_start) : '/termine'}`,
					manageUrl: site.siteUrl,
					reason: override?.note || r.status_note
				});
			} catch (error) {
				// Not marked: the next run tries again.
				ctx.log.error({ err: error, registration: r.id }, 'cancellation notice could not be sent');
				continue;
			}
			await repo.markCancelNotice(ctx.db, r.id, nowIso);
			told++;
		}
		if (rows.length < BATCH) break;
	}
	if (told) ctx.log.info({ told }, 'registrations told about cancelled events');
	return told;
}
