import type { ServiceContext } from '../context.ts';
import { findAllianceById } from '../alliances/alliance.repository.ts';
import { DuplicateSlugError } from './db-errors.ts';
import * as repo from './page.repository.ts';

/*
 * Every alliance needs an Impressum (§ 5 DDG, § 18 Abs. 2 MStV) and a Datenschutzerklärung
 * (Art. 13 DSGVO). ensureLegalPages creates both from a template the coordinators complete;
 * it is idempotent. The structured imprint data (provider, address …) lives in the alliance
 * settings and is shown above the page text by the /impressum route.
 */

const TODO = (text: string) => `<strong>[Bitte ergänzen: ${text}]</strong>`;

export function imprintTemplate(allianceName: string): string {
	return [
		`<p>Die Pflichtangaben nach § 5 Digitale-Dienste-Gesetz (DDG) und § 18 Abs. 2 Medienstaatsvertrag (MStV) – Anbieter, Vertretung, Anschrift, Kontakt und die für den Inhalt verantwortliche Person – pflegen Sie in den Einstellungen des Bündnisses. Sie stehen oben auf dieser Seite. Den folgenden Text können Sie hier ergänzen und anpassen.</p>`,
		`<h2>Über dieses Angebot</h2>`,
		`<p>Diese Website ist das Informationsangebot des Bündnisses „${escapeHtml(allianceName)}“. ${TODO('Wer trägt das Bündnis? Zum Beispiel: „Träger ist die Stadt Musterstadt, Fachbereich Familie.“ oder „Träger ist der Verein … e. V.“')}</p>`,
		`<h2>Haftung für Inhalte</h2>`,
		`<p>Wir erstellen die Inhalte dieser Seiten mit größter Sorgfalt. Für die Richtigkeit, Vollständigkeit und Aktualität können wir jedoch keine Gewähr übernehmen. Veranstaltungen und Angebote unserer Bündnispartner liegen in deren Verantwortung. Sobald wir von Rechtsverletzungen erfahren, entfernen wir die betreffenden Inhalte umgehend.</p>`,
		`<h2>Haftung für Links</h2>`,
		`<p>Unser Angebot enthält Links zu Websites anderer Anbieter, auf deren Inhalte wir keinen Einfluss haben. Für diese Inhalte ist der jeweilige Anbieter verantwortlich. Zum Zeitpunkt der Verlinkung waren keine Rechtsverstöße erkennbar. Wenn uns Rechtsverletzungen bekannt werden, entfernen wir die Links umgehend.</p>`,
		`<h2>Urheberrecht und Bildnachweise</h2>`,
		`<p>Texte, Bilder und Dokumente auf dieser Website unterliegen dem Urheberrecht. Eine Verwendung außerhalb dieser Website ist nur mit Zustimmung der jeweiligen Urheberinnen und Urheber erlaubt.</p>`,
		`<p>Bildnachweise: ${TODO('Fotografinnen und Fotografen bzw. Bildquellen')}</p>`
	].join('\n');
}

export function privacyTemplate(allianceName: string): string {
	const name = escapeHtml(allianceName);
	return [
		`<p>Der Schutz Ihrer persönlichen Daten ist uns, dem Bündnis „${name}“, wichtig. Hier erklären wir, welche Daten beim Besuch dieser Website verarbeitet werden, wozu und welche Rechte Sie haben.</p>`,
		`<h2>1. Verantwortliche Stelle</h2>`,
		`<p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist: ${TODO('Name und Anschrift der verantwortlichen Stelle, z. B. Stadt Musterstadt, Fachbereich Familie, Rathausplatz 1, 12345 Musterstadt, E-Mail und Telefon')}. Die vollständigen Angaben finden Sie auch im <a href="/impressum">Impressum</a>.</p>`,
		`<p>Datenschutzbeauftragte/r: ${TODO('Kontakt der oder des Datenschutzbeauftragten, falls vorhanden – öffentliche Stellen müssen eine/n benennen')}</p>`,
		`<h2>2. Kein Tracking, keine Inhalte von Dritten</h2>`,
		`<p>Diese Website verwendet keine Analyse- oder Werbedienste und setzt keine Tracking-Cookies. Schriften, Bilder und Skripte werden ausschließlich von unserem eigenen Server geladen; beim Besuch werden keine Daten an soziale Netzwerke, Kartendienste oder andere Dritte übertragen.</p>`,
		`<p>Wir setzen nur Cookies, die für die Nutzung technisch notwendig sind (§ 25 Abs. 2 Nr. 2 TDDDG): ein Cookie speichert die von Ihnen gewählte Sprache, und wer sich anmeldet, erhält ein Sitzungs-Cookie, das nach der Abmeldung oder nach Ablauf der Sitzung gelöscht wird.</p>`,
		`<h2>3. Aufruf der Website und Server-Protokolle</h2>`,
		`<p>Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten: IP-Adresse, Datum und Uhrzeit, aufgerufene Adresse, übertragene Datenmenge, die zuvor besuchte Seite sowie Browser und Betriebssystem. Das ist nötig, um die Website auszuliefern und ihre Sicherheit zu gewährleisten, etwa um Angriffe abzuwehren. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO (bei öffentlichen Stellen Art. 6 Abs. 1 lit. e DSGVO). Die Protokolle werden nach ${TODO('Speicherdauer, z. B. 7 Tagen')} gelöscht.</p>`,
		`<p>Betrieben wird die Website bei: ${TODO('Name und Anschrift des Hosting-Anbieters bzw. Rechenzentrums; mit ihm besteht ein Vertrag zur Auftragsverarbeitung nach Art. 28 DSGVO')}.</p>`,
		`<h2>4. Kontaktformular und E-Mail</h2>`,
		`<p>Wenn Sie uns über das Kontaktformular oder per E-Mail schreiben, verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse und Ihre Nachricht, um Ihr Anliegen zu beantworten. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO (bei öffentlichen Stellen lit. e); geht es um eine Teilnahme oder Mitgliedschaft, Art. 6 Abs. 1 lit. b DSGVO. Wir geben Ihre Angaben nur an Bündnispartner weiter, wenn das zur Beantwortung nötig ist und Sie zugestimmt haben. Wir löschen Ihre Nachricht, wenn Ihr Anliegen erledigt ist, spätestens nach ${TODO('Frist, z. B. 12 Monaten')}, sofern keine gesetzlichen Aufbewahrungspflichten bestehen.</p>`,
		`<h2>5. Benutzerkonten</h2>`,
		`<p>Koordinatorinnen, Koordinatoren und Bündnispartner können ein Benutzerkonto erhalten. Dafür speichern wir Name, E-Mail-Adresse, ein verschlüsselt abgelegtes Passwort und die Rolle im Bündnis (Art. 6 Abs. 1 lit. b DSGVO). Wird ein Konto nicht mehr gebraucht, löschen wir es.</p>`,
		`<h2>6. Newsletter</h2>`,
		`<p>Wenn wir einen Newsletter anbieten, erhalten Sie ihn nur, wenn Sie ihn bestellt und Ihre E-Mail-Adresse über einen Bestätigungslink bestätigt haben (Double-Opt-in). Rechtsgrundlage ist Ihre Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO, die wir protokollieren. Sie können den Newsletter jederzeit über den Link in jeder Ausgabe abbestellen; Ihre Adresse wird dann gelöscht.</p>`,
		`<h2>7. Ihre Rechte</h2>`,
		`<p>Sie haben das Recht auf</p>`,
		`<ul><li>Auskunft über Ihre bei uns gespeicherten Daten (Art. 15 DSGVO),</li><li>Berichtigung unrichtiger Daten (Art. 16 DSGVO),</li><li>Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO),</li><li>Datenübertragbarkeit (Art. 20 DSGVO),</li><li>Widerspruch gegen eine Verarbeitung, die auf Art. 6 Abs. 1 lit. e oder f DSGVO beruht (Art. 21 DSGVO),</li><li>Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).</li></ul>`,
		`<p>Wenden Sie sich dafür formlos an die oben genannte verantwortliche Stelle.</p>`,
		`<h2>8. Beschwerderecht bei der Aufsichtsbehörde</h2>`,
		`<p>Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO). Zuständig für uns ist: ${TODO('Name und Anschrift der Landesdatenschutzbehörde Ihres Bundeslandes')}.</p>`,
		`<h2>9. Stand</h2>`,
		`<p>Diese Datenschutzerklärung hat den Stand ${TODO('Monat und Jahr')}. Wir passen sie an, wenn sich unser Angebot oder die Rechtslage ändert.</p>`
	].join('\n');
}

function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
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
