import type { DB } from '../db/db.ts';
import { ensureConcernSetup } from './concern-setup.service.ts';
import { newReference, newSecret } from './concern-site.ts';
import type { ConcernStatus } from './concern.table.ts';
import * as repo from './concern.repository.ts';
import * as settingsRepo from './concern-settings.repository.ts';
import * as routingRepo from './concern-routing.repository.ts';

/*
 * Demo concerns of Musterstadt: one or more in every status, one routed to the demo partner
 * (so the partner login sees it in /intern/anliegen), notes, answers, two answer templates,
 * and older anonymised ones for the figures. All people and addresses are fictional.
 */

const DAY = 86_400_000;

interface DemoConcern {
	category: string;
	message: string;
	name?: string;
	email?: string;
	status: ConcernStatus;
	daysAgo: number;
	routeToDemoPartner?: boolean;
	note?: string;
	answer?: { body: string; byPartner?: boolean; daysAfter: number };
	followUp?: string;
	anonymised?: boolean;
}

const CONCERNS: DemoConcern[] = [
	{
		category: 'Kinderbetreuung',
		message:
			'Guten Tag, wir ziehen im Sommer nach Musterstadt und suchen für unsere Tochter (2 Jahre) einen Krippenplatz. Wo melden wir uns am besten an?',
		email: 'familie.neumann@example.net',
		status: 'received',
		daysAgo: 1
	},
	{
		category: 'Allgemeine Nachricht',
		message:
			'Ich wollte einfach Danke sagen für das schöne Familienfest im Stadtpark! Meine Kinder reden immer noch davon.',
		status: 'received',
		daysAgo: 2
	},
	{
		category: 'Pflege von Angehörigen',
		message:
			'Meine Mutter braucht seit ihrem Sturz Hilfe im Alltag, und ich arbeite Vollzeit. Gibt es in Musterstadt eine Beratung, die auch abends Termine anbietet?',
		name: 'Sabine Krüger',
		email: 'sabine.krueger@example.net',
		status: 'in_progress',
		daysAgo: 6,
		note: 'Pflegestützpunkt fragen, ob es Abendtermine gibt. Frau Krüger arbeitet im Schichtdienst.'
	},
	{
		category: 'Freizeit und Angebote für Familien',
		message:
			'Gibt es in der Altstadt eine Krabbelgruppe für Babys unter einem Jahr? Gern auch vormittags.',
		email: 'mama.altstadt@example.net',
		status: 'forwarded',
		daysAgo: 4,
		routeToDemoPartner: true,
		note: 'An die Kita weitergeleitet – die haben dienstags eine offene Gruppe.'
	},
	{
		category: 'Beruf und Familie',
		message:
			'Mein Arbeitgeber bietet keine Teilzeit an. Kennen Sie Betriebe in Musterstadt, die familienfreundlich sind?',
		name: 'Jonas Weber',
		status: 'answered',
		daysAgo: 12,
		answer: {
			body: 'Guten Tag Herr Weber, vielen Dank für Ihre Frage. Mehrere unserer Bündnispartner sind als familienfreundliche Arbeitgeber ausgezeichnet – Sie finden sie in unserem Partnerverzeichnis unter „Unternehmen“. Gern vermitteln wir Ihnen auch einen Kontakt zur Beratungsstelle „Frau und Beruf“.',
			daysAfter: 2
		}
	},
	{
		category: 'Kinderbetreuung',
		message:
			'Die Ferienbetreuung in den Herbstferien war schon nach zwei Tagen ausgebucht. Wird es mehr Plätze geben?',
		email: 'familie.oezdemir@example.net',
		status: 'in_progress',
		daysAgo: 20,
		answer: {
			body: 'Vielen Dank für Ihren Hinweis! Wir sprechen mit dem Jugendamt über zusätzliche Plätze und melden uns, sobald wir mehr wissen.',
			daysAfter: 3
		},
		followUp: 'Danke! Gibt es schon etwas Neues? Die Anmeldung für Ostern beginnt bald.'
	},
	{
		category: 'Allgemeine Nachricht',
		message: 'Wann findet das nächste Plenum statt, und kann man als Privatperson teilnehmen?',
		name: 'Heike Brandt',
		email: 'heike.brandt@example.net',
		status: 'closed',
		daysAgo: 40,
		answer: {
			body: 'Liebe Frau Brandt, das Plenum findet jedes Jahr im Februar statt, und alle Interessierten sind herzlich willkommen. Die Einladung steht rechtzeitig unter „Termine“.',
			daysAfter: 1
		}
	},
	{
		category: 'Kinderbetreuung',
		message: '(anonymisiert)',
		status: 'closed',
		daysAgo: 420,
		answer: { body: '', daysAfter: 4 },
		anonymised: true
	},
	{
		category: 'Pflege von Angehörigen',
		message: '(anonymisiert)',
		status: 'closed',
		daysAgo: 400,
		answer: { body: '', daysAfter: 9 },
		anonymised: true
	}
];

export async function seedConcernsDemo(
	db: DB,
	allianceId: string,
	users: { coordinator?: string; partner?: string },
	now = new Date()
): Promise<void> {
	await ensureConcernSetup(db, allianceId, now);
	const categories = await settingsRepo.findCategories(db, allianceId, true);
	const categoryId = (name: string) => categories.find((c) => c.name === name)?.id ?? null;
	const partnerIds = users.partner
		? (await routingRepo.findRoutingScope(db, allianceId, users.partner)).partnerIds
		: [];
	const partnerId = partnerIds[0] ?? null;
	const partnerName = partnerId
		? ((await routingRepo.findPartnerName(db, allianceId, partnerId))?.name ?? '')
		: '';
	const iso = (ms: number) => new Date(ms).toISOString();

	for (const c of CONCERNS) {
		const created = now.getTime() - c.daysAgo * DAY;
		const id = crypto.randomUUID();
		const answeredAt = c.answer ? created + c.answer.daysAfter * DAY : null;
		const waiting =
			c.status === 'closed' || c.status === 'answered'
				? null
				: c.followUp
					? iso(now.getTime() - 2 * DAY)
					: iso(created);
		await repo.insertConcern(db, {
			id,
			alliance_id: allianceId,
			reference: newReference('AN'),
			status_token: c.anonymised ? null : newSecret(),
			category_id: categoryId(c.category),
			message: c.anonymised ? '' : c.message,
			name: c.name ?? '',
			email: c.email ?? '',
			phone: '',
			locale: 'de',
			status: c.status,
			assigned_user_id: c.status === 'in_progress' && users.coordinator ? users.coordinator : null,
			partner_id: c.routeToDemoPartner ? partnerId : null,
			consent_at: iso(created),
			created_at: iso(created),
			updated_at: iso(answeredAt ?? created),
			first_answer_at: answeredAt ? iso(answeredAt) : null,
			waiting_since: waiting,
			closed_at: c.status === 'closed' ? iso(answeredAt ?? created) : null,
			anonymised_at: c.anonymised ? iso(now.getTime()) : null
		});
		if (c.anonymised) continue;
		if (c.note) {
			await repo.insertEntry(db, {
				id: crypto.randomUUID(),
				alliance_id: allianceId,
				concern_id: id,
				kind: 'note',
				body: c.note,
				author_user_id: users.coordinator ?? null,
				created_at: iso(created + 3600_000)
			});
		}
		if (c.answer && answeredAt) {
			await repo.insertEntry(db, {
				id: crypto.randomUUID(),
				alliance_id: allianceId,
				concern_id: id,
				kind: 'answer',
				body: c.answer.body,
				author_user_id: users.coordinator ?? null,
				author_label: c.answer.byPartner ? partnerName : 'Lokales Bündnis für Familie Musterstadt',
				created_at: iso(answeredAt)
			});
		}
		if (c.followUp) {
			await repo.insertEntry(db, {
				id: crypto.randomUUID(),
				alliance_id: allianceId,
				concern_id: id,
				kind: 'family',
				body: c.followUp,
				author_user_id: null,
				created_at: iso(now.getTime() - 2 * DAY)
			});
		}
	}

	for (const [title, body] of [
		[
			'Dank und Eingangsbestätigung',
			'Guten Tag,\n\nvielen Dank für Ihre Nachricht! Wir kümmern uns darum und melden uns innerhalb einer Woche bei Ihnen.\n\nFreundliche Grüße\nIhr Koordinierungsteam'
		],
		[
			'Verweis auf den Familienwegweiser',
			'Guten Tag,\n\nzu Ihrer Frage finden Sie passende Angebote in unserem Familienwegweiser auf der Website. Wenn dort nichts Passendes dabei ist, schreiben Sie uns gern noch einmal.\n\nFreundliche Grüße\nIhr Koordinierungsteam'
		]
	]) {
		await settingsRepo.insertTemplate(db, {
			id: crypto.randomUUID(),
			alliance_id: allianceId,
			title: title!,
			body: body!,
			created_at: now.toISOString(),
			updated_at: now.toISOString()
		});
	}
}
