import crypto from 'node:crypto';
import type { DB } from '../db/db.ts';
import { findTopics } from '../ideas/idea.repository.ts';
import * as repo from './newsletter.repository.ts';

/* Demo newsletter of Musterstadt: a few confirmed subscribers and two sent issues (fictional). */

const SUBSCRIBERS = [
	{ email: 'familie.beispiel@example.org', topics: ['news', 'events'], locale: 'de' },
	{ email: 'oma.hilde@example.org', topics: ['events'], locale: 'de' },
	{ email: 'papa.jonas@example.org', topics: ['news'], locale: 'de' },
	{ email: 'ayse.muster@example.org', topics: ['news', 'events'], locale: 'de' },
	{ email: 'new.in.town@example.org', topics: ['news', 'events'], locale: 'en' }
];

const ISSUES = [
	{
		subject: 'Neues aus dem Bündnis – Oktober',
		daysAgo: 45,
		body: '<p>Guten Tag,</p><p>der Herbst ist da, und im Familienzentrum Musterstadt beginnen wieder die Elterncafés. Alle Termine finden Sie im <a href="/termine">Kalender</a>.</p><h2>Neu im Bündnis</h2><p>Die Stadtbibliothek Musterstadt ist jetzt Bündnispartnerin und lädt jeden Samstag zur Vorlesestunde ein.</p><p>Herzliche Grüße</p>'
	},
	{
		subject: 'Neues aus dem Bündnis – November',
		daysAgo: 15,
		body: '<p>Guten Tag,</p><p>am Jahresende trifft sich das Bündnis zum Plenum. Wir blicken zurück und planen gemeinsam das nächste Jahr – kommen Sie gern dazu!</p><h2>Termine</h2><ul><li>Laternenbasteln im Stadtteiltreff</li><li>Sprechstunde der Familienlotsinnen</li></ul><p>Herzliche Grüße</p>'
	}
];

export async function seedNewsletterDemo(db: DB, allianceId: string, now = new Date()) {
	const iso = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
	const topics = await findTopics(db, allianceId);
	for (const [i, s] of SUBSCRIBERS.entries()) {
		const extra = topics[i % Math.max(topics.length, 1)];
		await repo.insertSubscriber(db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			email: s.email,
			locale: s.locale,
			topics: JSON.stringify(extra ? [...s.topics, `topic:${extra.id}`] : s.topics),
			status: 'confirmed',
			consent_text:
				'Ja, ich möchte den Newsletter von Lokales Bündnis für Familie Musterstadt per E-Mail erhalten.',
			consent_at: iso(60),
			confirmed_at: iso(60),
			unsubscribe_token: crypto.randomBytes(32).toString('base64url'),
			created_at: iso(60),
			updated_at: iso(60)
		});
	}
	for (const issue of ISSUES) {
		const id = crypto.randomUUID();
		await repo.insertIssue(db, {
			id,
			alliance_id: allianceId,
			subject: issue.subject,
			body_html: issue.body,
			topics: JSON.stringify(['news', 'events']),
			status: 'sent',
			recipient_count: SUBSCRIBERS.length,
			created_by: null,
			created_at: iso(issue.daysAgo + 1),
			updated_at: iso(issue.daysAgo),
			send_started_at: iso(issue.daysAgo),
			sent_at: iso(issue.daysAgo)
		});
	}
}
