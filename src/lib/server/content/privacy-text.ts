import type { Imprint } from '../alliances/alliance.types.ts';

/*
 * The Datenschutzerklärung written from what an alliance actually uses: every function that
 * processes personal data gets its section (with purpose, legal basis and deletion), functions
 * the alliance does not have are not mentioned (no newsletter when there is none), and no
 * placeholder ever reaches the page — where an address is missing, the text points to the
 * Impressum and the contact e-mail instead. Coordinators review (and may extend) it before the
 * site goes public.
 */

export interface PrivacyFeatures {
	/** Registrations for events without an account */
	registrations: boolean;
	/** Days after an event when registrations' personal data is deleted */
	registrationRetentionDays: number;
	/** The public "Termin melden" form */
	submissions: boolean;
	/** "Bündnispartner werden" applications */
	applications: boolean;
	/** Newsletter with double opt-in (only where the alliance has one) */
	newsletter: boolean;
}

function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

function lines(text: string): string {
	return text
		.split('\n')
		.map((l) => esc(l.trim()))
		.filter(Boolean)
		.join(', ');
}

/** The function names (for the checklist: "Berücksichtigt: …") in the order of the text. */
export function privacyFeatureKeys(f: PrivacyFeatures): string[] {
	return [
		'contact',
		'accounts',
		...(f.registrations ? ['registrations'] : []),
		...(f.submissions ? ['submissions'] : []),
		...(f.applications ? ['applications'] : []),
		...(f.newsletter ? ['newsletter'] : [])
	];
}

export function privacyHtml(
	input: { allianceName: string; imprint: Imprint; contactEmail: string; date: Date },
	f: PrivacyFeatures
): string {
	const name = esc(input.allianceName);
	const i = input.imprint;
	const email = i.email || input.contactEmail;
	const controller = [
		i.provider ? esc(i.provider) : name,
		i.address ? lines(i.address) : '',
		email ? `E-Mail: <a href="mailto:${esc(email)}">${esc(email)}</a>` : '',
		i.phone ? `Telefon: ${esc(i.phone)}` : ''
	]
		.filter(Boolean)
		.join(', ');
	const stand = new Intl.DateTimeFormat('de-DE', {
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	}).format(input.date);
	let n = 0;
	const h = (title: string) => `<h2>${++n}. ${title}</h2>`;
	const parts = [
		`<p>Der Schutz Ihrer persönlichen Daten ist uns, dem Bündnis „${name}“, wichtig. Hier erklären wir, welche Daten beim Besuch dieser Website und bei der Nutzung ihrer Funktionen verarbeitet werden, wozu, wie lange und welche Rechte Sie haben.</p>`,
		h('Verantwortliche Stelle'),
		`<p>Verantwortlich im Sinne der Datenschutz-Grundverordnung (DSGVO) ist: ${controller}. Die vollständigen Angaben finden Sie im <a href="/impressum">Impressum</a>. Fragen zum Datenschutz richten Sie bitte an diese Stelle.</p>`,
		h('Kein Tracking, keine Inhalte von Dritten'),
		`<p>Diese Website verwendet keine Analyse- oder Werbedienste und setzt keine Tracking-Cookies. Schriften, Bilder und Skripte werden ausschließlich von unserem eigenen Server geladen; beim Besuch werden keine Daten an soziale Netzwerke, Kartendienste oder andere Dritte übertragen.</p>`,
		`<p>Wir setzen nur Cookies, die technisch notwendig sind (§ 25 Abs. 2 Nr. 2 TDDDG): eines speichert die von Ihnen gewählte Sprache, und wer sich anmeldet, erhält ein Sitzungs-Cookie, das mit der Abmeldung oder dem Ablauf der Sitzung gelöscht wird.</p>`,
		h('Aufruf der Website'),
		`<p>Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten: IP-Adresse, Datum und Uhrzeit, aufgerufene Adresse und die Kennung Ihres Browsers. Das ist nötig, um die Website auszuliefern und Missbrauch abzuwehren (Art. 6 Abs. 1 lit. f DSGVO, bei öffentlichen Stellen lit. e). Um Anmeldungen und Formulare vor massenhaften Versuchen zu schützen, zählen wir Versuche je Adresse nur als Prüfsumme und löschen diese Zähler nach einem Tag. Betreibt ein Dienstleister den Server in unserem Auftrag, ist er nach Art. 28 DSGVO vertraglich gebunden.</p>`,
		h('Kontaktformular und E-Mail'),
		`<p>Wenn Sie uns über das Kontaktformular oder per E-Mail schreiben, verarbeiten wir Ihren Namen, Ihre E-Mail-Adresse und Ihre Nachricht, um Ihr Anliegen zu beantworten (Art. 6 Abs. 1 lit. f DSGVO, bei öffentlichen Stellen lit. e; geht es um eine Teilnahme oder Mitgliedschaft, lit. b). Ihre Nachricht lesen nur die Personen der Koordination. Wir löschen sie, wenn Ihr Anliegen erledigt ist und keine gesetzliche Aufbewahrungspflicht besteht.</p>`
	];
	if (f.registrations) {
		parts.push(
			h('Anmeldung zu Veranstaltungen'),
			`<p>Für Veranstaltungen mit Anmeldung verarbeiten wir die Angaben aus dem Anmeldeformular (Name, E-Mail-Adresse und was die Veranstaltung zusätzlich erfragt, etwa die Zahl der Teilnehmenden), um Ihren Platz zu vergeben, Sie über Änderungen oder eine Absage zu informieren und eine Warteliste zu führen (Art. 6 Abs. 1 lit. b DSGVO). Die Angaben sehen die Koordination und, bei Veranstaltungen eines Bündnispartners, dieser Partner. Ihre Anmeldung können Sie über den Link in der Bestätigungs-E-Mail selbst zurückziehen. Die personenbezogenen Angaben löschen wir ${f.registrationRetentionDays} Tage nach der Veranstaltung.</p>`
		);
	}
	if (f.submissions) {
		parts.push(
			h('Termine vorschlagen'),
			`<p>Wer uns über das Formular „Termin melden“ eine Veranstaltung vorschlägt, gibt uns die Angaben zur Veranstaltung sowie Name und E-Mail-Adresse für Rückfragen. Ihre E-Mail-Adresse bestätigen Sie über einen Link; erst dann prüft die Koordination den Vorschlag (Art. 6 Abs. 1 lit. f DSGVO, bei öffentlichen Stellen lit. e). Veröffentlicht werden nur die Angaben zur Veranstaltung, nicht Ihre Kontaktdaten. Unbestätigte Vorschläge löschen wir nach wenigen Tagen, abgelehnte und erledigte, sobald sie nicht mehr gebraucht werden.</p>`
		);
	}
	if (f.applications) {
		parts.push(
			h('Bündnispartner werden'),
			`<p>Wenn sich eine Einrichtung über das Formular „Bündnispartner werden“ bewirbt, verarbeiten wir die Angaben zur Einrichtung und zur Ansprechperson (Name, E-Mail-Adresse, auf Wunsch Telefon), um die Bewerbung zu prüfen und Kontakt aufzunehmen (Art. 6 Abs. 1 lit. b DSGVO). Öffentlich erscheinen nur die Angaben, die für das Partnerverzeichnis bestimmt sind und denen Sie zugestimmt haben. Abgelehnte Bewerbungen löschen wir, sobald sie erledigt sind.</p>`
		);
	}
	parts.push(
		h('Benutzerkonten'),
		`<p>Personen der Koordination und Ansprechpersonen von Bündnispartnern erhalten auf Einladung ein Benutzerkonto. Dafür speichern wir Name, E-Mail-Adresse, ein verschlüsselt abgelegtes Passwort und die Rolle im Bündnis (Art. 6 Abs. 1 lit. b DSGVO). Wird ein Konto nicht mehr gebraucht, löschen wir es.</p>`
	);
	if (f.newsletter) {
		parts.push(
			h('Newsletter'),
			`<p>Unseren Newsletter erhalten Sie nur, wenn Sie ihn bestellt und Ihre E-Mail-Adresse über einen Bestätigungslink bestätigt haben (Double-Opt-in; Einwilligung nach Art. 6 Abs. 1 lit. a DSGVO, die wir protokollieren). Sie können ihn jederzeit über den Link in jeder Ausgabe abbestellen; Ihre Adresse wird dann gelöscht.</p>`
		);
	}
	parts.push(
		h('Ihre Rechte'),
		`<p>Sie haben das Recht auf</p>`,
		`<ul><li>Auskunft über Ihre bei uns gespeicherten Daten (Art. 15 DSGVO),</li><li>Berichtigung unrichtiger Daten (Art. 16 DSGVO),</li><li>Löschung (Art. 17 DSGVO) und Einschränkung der Verarbeitung (Art. 18 DSGVO),</li><li>Datenübertragbarkeit (Art. 20 DSGVO),</li><li>Widerspruch gegen eine Verarbeitung, die auf Art. 6 Abs. 1 lit. e oder f DSGVO beruht (Art. 21 DSGVO),</li><li>Widerruf einer Einwilligung mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).</li></ul>`,
		`<p>Wenden Sie sich dafür formlos an die oben genannte verantwortliche Stelle. Außerdem können Sie sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO), etwa bei der Ihres Bundeslandes.</p>`,
		h('Stand'),
		`<p>Diese Datenschutzerklärung hat den Stand ${esc(stand)}. Wir passen sie an, wenn sich unser Angebot oder die Rechtslage ändert.</p>`
	);
	return parts.join('\n');
}

const TODO_MARK = /<strong>\[Bitte ergänzen:[^\]]*\]<\/strong>/g;
const IMPRINT_NOTE = /<p>Die Pflichtangaben nach § 5 Digitale-Dienste-Gesetz[\s\S]*?<\/p>\s*/;

/**
 * What visitors see of a legal page written from the old templates: no notes addressed to
 * coordinators and no "[Bitte ergänzen …]" placeholders (coordinators still see them).
 */
export function withoutPlaceholders(html: string): string {
	return html
		.replace(IMPRINT_NOTE, '')
		.replace(TODO_MARK, '')
		.replace(/<p>\s*Bildnachweise:\s*<\/p>/g, '')
		.replace(/ {2,}/g, ' ');
}
