import type { ServiceContext } from '../context.ts';
import { findAllianceById } from '../alliances/alliance.repository.ts';
import { DuplicateSlugError } from './db-errors.ts';
import * as repo from './page.repository.ts';
import { privacyHtml } from './privacy-text.ts';
import { escapeHtml } from '../../escape-html.ts';

/*
 * Every alliance needs an Impressum (§ 5 DDG, § 18 Abs. 2 MStV) and a Datenschutzerklärung
 * (Art. 13 DSGVO). ensureLegalPages creates both from a template the coordinators complete;
 * it is idempotent. The structured imprint data (provider, address …) lives in the alliance
 * settings and is shown above the page text by the /impressum route.
 */

/*
 * The templates hold no notes to coordinators and no "[Bitte ergänzen …]" placeholders: visitors
 * may read them before anyone edits them. The privacy policy is written from the functions an
 * alliance uses (privacy-text.ts) and rewritten from the go-live checklist.
 */
function imprintTemplate(allianceName: string): string {
	return [
		`<h2>Über dieses Angebot</h2>`,
		`<p>Diese Website ist das Informationsangebot des Bündnisses „${escapeHtml(allianceName)}“. Die Angaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Abs. 2 Medienstaatsvertrag (MStV) – Anbieter, Anschrift, Kontakt und die für den Inhalt verantwortliche Person – stehen oben auf dieser Seite.</p>`,
		`<h2>Haftung für Inhalte</h2>`,
		`<p>Wir erstellen die Inhalte dieser Seiten mit größter Sorgfalt. Für die Richtigkeit, Vollständigkeit und Aktualität können wir jedoch keine Gewähr übernehmen. Veranstaltungen und Angebote unserer Bündnispartner liegen in deren Verantwortung. Sobald wir von Rechtsverletzungen erfahren, entfernen wir die betreffenden Inhalte umgehend.</p>`,
		`<h2>Haftung für Links</h2>`,
		`<p>Unser Angebot enthält Links zu Websites anderer Anbieter, auf deren Inhalte wir keinen Einfluss haben. Für diese Inhalte ist der jeweilige Anbieter verantwortlich. Zum Zeitpunkt der Verlinkung waren keine Rechtsverstöße erkennbar. Wenn uns Rechtsverletzungen bekannt werden, entfernen wir die Links umgehend.</p>`,
		`<h2>Urheberrecht</h2>`,
		`<p>Texte, Bilder und Dokumente auf dieser Website unterliegen dem Urheberrecht. Eine Verwendung außerhalb dieser Website ist nur mit Zustimmung der jeweiligen Urheberinnen und Urheber erlaubt.</p>`
	].join('\n');
}

/** The privacy policy of a new alliance: contact form, applications, submissions, accounts. */
function privacyTemplate(allianceName: string): string {
	return privacyHtml(
		{
			allianceName,
			imprint: {
				provider: '',
				representative: '',
				address: '',
				email: '',
				phone: '',
				register: '',
				responsible: ''
			},
			contactEmail: '',
			date: new Date()
		},
		{
			registrations: false,
			registrationRetentionDays: 30,
			submissions: true,
			applications: true,
			newsletter: false,
			ideas: true
		}
	);
}

const LEGAL = [
	{ kind: 'imprint', slug: 'impressum', title: 'Impressum', template: imprintTemplate },
	{ kind: 'privacy', slug: 'datenschutz', title: 'Datenschutzerklärung', template: privacyTemplate }
] as const;

/** Creates the Impressum and the Datenschutzerklärung where they are missing; safe to call again. */
export async function ensureLegalPages(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string
): Promise<void> {
	const alliance = await findAllianceById(ctx.db, allianceId);
	if (!alliance) throw new Error(`alliance ${allianceId} not found`);
	for (const legal of LEGAL) {
		if (await repo.findPageByKind(ctx.db, allianceId, legal.kind)) continue;
		const now = new Date().toISOString();
		try {
			await repo.insertPage(ctx.db, {
				id: crypto.randomUUID(),
				alliance_id: allianceId,
				parent_id: null,
				slug: legal.slug,
				title: legal.title,
				summary: '',
				body_html: legal.template(alliance.name),
				kind: legal.kind,
				position: 1000,
				published: 1,
				in_nav: 0,
				created_at: now,
				updated_at: now,
				updated_by: null
			});
		} catch (err) {
			// Created at the same moment by another request: fine, it exists.
			if (!(err instanceof DuplicateSlugError)) throw err;
		}
	}
}
