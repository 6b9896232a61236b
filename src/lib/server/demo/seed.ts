import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { App } from '../app.ts';
import { createAccount } from '../accounts/account.service.ts';
import { findAllAlliances, updateAlliance } from '../alliances/alliance.repository.ts';
import { createAlliance } from '../alliances/alliance.service.ts';
import { DEMO_LOGINS, DEMO_OPERATOR } from './demo-logins.ts';
import { seedContentDemo } from '../content/content.demo.ts';
import { seedPartnersDemo } from '../partners/partners.demo.ts';
import { seedEventsDemo } from '../events/demo/events.demo.ts';
import { seedSurveysDemo } from '../surveys/survey.demo.ts';
import { ensureDefaultTopics } from '../topics/topic.service.ts';
import { seedOffersDemo } from '../offers/offers.demo.ts';
import { seedConcernsDemo } from '../concerns/concerns.demo.ts';
import { seedIdeasDemo } from '../ideas/ideas.demo.ts';
import { seedPinboardDemo } from '../pinboard/pinboard.demo.ts';
import { seedDonationsDemo } from '../donations/donations.demo.ts';
import { seedNewsletterDemo } from '../newsletter/newsletter.demo.ts';
import { seedReportDemo } from '../report/report.demo.ts';
import { seedPlenumDemo } from '../plenum/plenum.demo.ts';

export type SeedContext = Pick<
	App,
	'db' | 'dialect' | 'auth' | 'mailer' | 'log' | 'uploadDir' | 'publicUrl' | 'registry'
>;

const WELCOME = `<p>Schön, dass Sie da sind! Im Lokalen Bündnis für Familie Musterstadt arbeiten Stadtverwaltung, Unternehmen, Vereine, Kirchengemeinden, Kitas, Schulen und engagierte Bürgerinnen und Bürger zusammen. Unser gemeinsames Ziel: Musterstadt soll ein Ort sein, an dem Familien gern leben – mit guter Kinderbetreuung, Zeit füreinander und Unterstützung, wenn es einmal schwierig wird.</p>
<p>Hier finden Sie Termine für Familien, Ansprechpartner in allen Lebenslagen und Möglichkeiten, selbst mitzumachen.</p>`;

/**
 * The demo alliance "Musterstadt" with its people and content, and the installation's operator;
 * only on an empty database. The operator's password is generated (never published) and written
 * to `operatorPasswordFile` (mode 0600) for `npm start` to print.
 */
export async function seedDemo(
	ctx: SeedContext,
	options: { operatorPasswordFile?: string } = {}
): Promise<boolean> {
	if ((await findAllAlliances(ctx.db)).length) return false;
	const alliance = await createAlliance(ctx, {
		slug: 'musterstadt',
		name: 'Lokales Bündnis für Familie Musterstadt',
		shortName: 'Bündnis für Familie Musterstadt',
		town: 'Musterstadt',
		live: true
	});
	await updateAlliance(ctx.db, alliance.id, {
		motto: 'Gemeinsam für Familien – weil es auf jede und jeden ankommt.',
		motto_source: 'Leitsatz des Bündnisses seit 2009',
		welcome_html: WELCOME,
		founding_year: 2009,
		patron_name: 'Dr. Miriam Hoffmann',
		patron_role: 'Bürgermeisterin der Stadt Musterstadt',
		patron_text:
			'Familien halten unsere Stadt zusammen. Ich unterstütze das Bündnis, weil hier Menschen aus ganz unterschiedlichen Bereichen an einem Strang ziehen – unbürokratisch, herzlich und mit viel Ausdauer.',
		color_primary: '#1f5f8b',
		color_accent: '#a3431d',
		contact_email: 'kontakt@musterstadt.example',
		contact_phone: '0123 456 78-90',
		contact_address: 'Koordinierungsstelle im Familienbüro\nRathausplatz 1\n12345 Musterstadt',
		social_links: JSON.stringify([
			{ label: 'Instagram', url: 'https://instagram.example/buendnis-musterstadt' },
			{ label: 'Mastodon', url: 'https://mastodon.example/@buendnis_musterstadt' }
		]),
		imprint: JSON.stringify({
			provider: 'Stadt Musterstadt – Familienbüro',
			representative: 'vertreten durch die Bürgermeisterin Dr. Miriam Hoffmann',
			address: 'Rathausplatz 1\n12345 Musterstadt',
			email: 'kontakt@musterstadt.example',
			phone: '0123 456 78-90',
			register: 'Umsatzsteuer-Identifikationsnummer: DE 000 000 000 (Beispiel)',
			responsible: 'Petra Sommer, Rathausplatz 1, 12345 Musterstadt'
		}),
		bank: JSON.stringify({
			holder: 'Förderverein Familie Musterstadt e. V.',
			iban: 'DE02120300000000202051',
			bic: 'BYLADEM1001',
			bank: 'Beispielbank Musterstadt',
			purpose: 'Spende Bündnis für Familie'
		})
	});
	const users: Record<string, string> = {};
	for (const login of DEMO_LOGINS) {
		const { userId } = await createAccount(ctx, {
			email: login.email,
			name: login.name,
			password: login.password,
			allianceId: alliance.id,
			role: login.key
		});
		users[login.key] = userId;
	}
	const operatorPassword = `Betrieb-${crypto.randomBytes(12).toString('base64url')}`;
	await createAccount(ctx, {
		email: DEMO_OPERATOR.email,
		name: DEMO_OPERATOR.name,
		password: operatorPassword,
		platformAdmin: true
	});
	if (options.operatorPasswordFile) {
		fs.mkdirSync(path.dirname(options.operatorPasswordFile), { recursive: true });
		fs.writeFileSync(options.operatorPasswordFile, `${operatorPassword}\n`, { mode: 0o600 });
	}
	await seedContentDemo(ctx, alliance.id, users.editor ?? null);
	await ensureDefaultTopics(ctx, alliance.id);
	await seedPartnersDemo(ctx, alliance.id);
	await seedEventsDemo(ctx, alliance.id);
	await seedSurveysDemo(ctx, alliance.id);
	await seedOffersDemo(ctx, alliance.id);
	await seedConcernsDemo(ctx.db, alliance.id, users);
	await seedIdeasDemo(ctx.db, alliance.id);
	await seedPinboardDemo(ctx.db, alliance.id, users);
	await seedDonationsDemo(ctx.db, alliance.id);
	await seedNewsletterDemo(ctx.db, alliance.id);
	await seedReportDemo(ctx, alliance.id);
	await seedPlenumDemo(ctx, alliance);
	ctx.registry?.invalidate();
	ctx.log.info({ alliance: alliance.slug }, 'demo alliance created');
	return true;
}
