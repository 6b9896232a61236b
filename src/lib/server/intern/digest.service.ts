import type { ServiceContext } from '../context.ts';
import { localDate, localTime } from '../events/core/time-zone.ts';
import { upcomingMeetings } from '../working-groups/meeting.service.ts';
import { visibleMeetingGroups } from '../working-groups/working-group.service.ts';
import * as repo from './intern.repository.ts';
import { allianceBaseUrl } from '../tenancy/public-url.ts';
import { newPostsForDigest } from '../pinboard/pinboard.service.ts';

/*
 * The optional weekly e-mail digest of the internal area: new announcements, documents and
 * partners since the last digest, and the person's meetings of the next two weeks. Members
 * switch it on in their directory settings. digest.job.ts runs sendDueDigests every hour;
 * a digest is due seven days after the last one. Nothing new → no mail.
 */

const WEEK = 7 * 86_400_000;

interface DigestContent {
	announcements: { title: string; body: string }[];
	documents: { title: string }[];
	partners: { name: string; slug: string }[];
	meetings: { title: string; date: string; time: string; place: string }[];
	/** New offers and requests on the Pinnwand */
	pinboard: { id: string; title: string; kind: 'offer' | 'request'; partner: string | null }[];
}

async function buildDigest(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	userId: string,
	since: string,
	now: Date
): Promise<DigestContent> {
	const groups = await visibleMeetingGroups(ctx, { userId, platformAdmin: false }, allianceId);
	const [announcements, documents, partners, meetings, pinboard] = await Promise.all([
		repo.findAnnouncements(ctx.db, allianceId, 20, since),
		repo.findDocuments(ctx.db, allianceId, { since }),
		repo.findPartnersJoinedSince(ctx.db, allianceId, since),
		upcomingMeetings(ctx, allianceId, groups, now),
		newPostsForDigest(ctx, allianceId, since, now)
	]);
	const horizon = now.getTime() + 2 * WEEK;
	return {
		announcements: announcements.map((a) => ({ title: a.title, body: a.body })),
		documents: documents.map((d) => ({ title: d.title })),
		partners,
		meetings: meetings
			.filter((m) => Date.parse(m.start) <= horizon)
			.map((m) => ({
				title: m.title,
				date: localDate(m.start),
				time: localTime(m.start),
				place: m.place
			})),
		pinboard
	};
}

export function isEmpty(d: DigestContent): boolean {
	return (
		!d.announcements.length &&
		!d.documents.length &&
		!d.partners.length &&
		!d.meetings.length &&
		!d.pinboard.length
	);
}

function germanDate(iso: string): string {
	return new Date(`${iso}T12:00:00Z`).toLocaleDateString('de-DE', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	});
}

function digestText(
	d: DigestContent,
	who: { name: string },
	site: { name: string; url: string }
): string {
	const parts: string[] = [
		`Guten Tag ${who.name},`,
		'',
		`das Neueste aus dem internen Bereich von „${site.name}“:`
	];
	if (d.announcements.length) {
		parts.push('', 'MITTEILUNGEN DES KOORDINIERUNGSTEAMS');
		for (const a of d.announcements) {
			const body = a.body.length > 300 ? `${a.body.slice(0, 300)} …` : a.body;
			parts.push(`• ${a.title}`, ...(body ? [`  ${body.replace(/\n/g, '\n  ')}`] : []));
		}
	}
	if (d.meetings.length) {
		parts.push('', 'IHRE NÄCHSTEN TREFFEN');
		for (const m of d.meetings) {
			parts.push(
				`• ${germanDate(m.date)}, ${m.time} Uhr: ${m.title}${m.place ? ` (${m.place})` : ''}`
			);
		}
	}
	if (d.documents.length) {
		parts.push('', 'NEUE DOKUMENTE');
		for (const doc of d.documents) parts.push(`• ${doc.title}`);
	}
	if (d.pinboard.length) {
		parts.push('', 'NEU AN DER PINNWAND');
		for (const p of d.pinboard) {
			const kind = p.kind === 'offer' ? 'Angebot' : 'Gesuch';
			parts.push(
				`• ${kind}: ${p.title}${p.partner ? ` (${p.partner})` : ''}`,
				`  ${site.url}/intern/pinnwand/${p.id}`
			);
		}
	}
	if (d.partners.length) {
		parts.push('', 'NEU IM BÜNDNIS');
		for (const p of d.partners) parts.push(`• ${p.name}: ${site.url}/partner/${p.slug}`);
	}
	parts.push(
		'',
		`Alles Weitere finden Sie hier: ${site.url}/intern`,
		'',
		`Sie bekommen diese Übersicht einmal pro Woche, weil Sie sie bestellt haben. Abbestellen können Sie sie jederzeit unter ${site.url}/intern/verzeichnis.`,
		'',
		'Freundliche Grüße',
		site.name
	);
	return parts.join('\n');
}

function siteUrlOf(
	ctx: Pick<ServiceContext, 'publicUrl'>,
	r: { alliance_domain: string | null; alliance_slug: string }
) {
	return allianceBaseUrl(ctx.publicUrl, { domain: r.alliance_domain, slug: r.alliance_slug });
}

/** Sends every digest that is due (all alliances of the instance). Returns how many were sent. */
export async function sendDueDigests(
	ctx: Pick<ServiceContext, 'db' | 'mailer' | 'publicUrl' | 'log'>,
	now = new Date()
): Promise<number> {
	const due = await repo.findDigestRecipients(ctx.db, new Date(now.getTime() - WEEK).toISOString());
	let sent = 0;
	for (const r of due) {
		const since = r.digest_sent_at ?? new Date(now.getTime() - WEEK).toISOString();
		const content = await buildDigest(ctx, r.alliance_id, r.user_id, since, now);
		if (!isEmpty(content)) {
			try {
				await ctx.mailer.send({
					to: r.email,
					fromName: r.alliance_name,
					allianceId: r.alliance_id,
					subject: `Wochenüberblick: ${r.alliance_name}`,
					text: digestText(
						content,
						{ name: r.name },
						{ name: r.alliance_name, url: siteUrlOf(ctx, r) }
					)
				});
				sent++;
			} catch (error) {
				ctx.log.error({ err: error, userId: r.user_id }, 'digest could not be sent');
				continue;
			}
		}
		await repo.markDigestSent(ctx.db, r.alliance_id, r.user_id, now.toISOString());
	}
	return sent;
}
