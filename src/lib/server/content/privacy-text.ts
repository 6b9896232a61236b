import type { Imprint } from '../alliances/alliance.types.ts';
import { DEFAULT_RETENTION_MONTHS } from '../concerns/concern-setup.service.ts';

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
	/**
	 * Months after closing when a concern (the /kontakt form) is anonymised: the alliance's
	 * setting (concern_setting.retention_months); without it, the default the job uses.
	 */
	concernRetentionMonths?: number;
	/** The ideas board: proposals confirmed by e-mail, supports (ideas/) */
	ideas?: boolean;
	/** Surveys families can answer (surveys/) */
	surveys?: boolean;
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

/** "12 Monate" / "Einen Monat", to begin a sentence. */
function monthsAfter(months: number): string {
	return months === 1 ? 'Einen Monat' : `${months} Monate`;
}

/*
 * The ideas board (ideas/): a proposal keeps title, text, topic, an optional name and the
 * address (idea.table.ts); the address is never shown, cleared when the idea is rejected
 * (idea-admin.service.ts) and on request (privacy/sources.ts); there is no retention job, so it
 * is kept as long as the idea exists (privacy/retention.ts). A support keeps only a hash of the
 * address (idea-support.service.ts).
 */
const IDEAS_TEXT = [
	`<p>Auf unserer Ideenseite können Sie ohne Benutzerkonto eine Idee vorschlagen. Wir speichern dafür Titel und Beschreibung Ihrer Idee, das Thema (falls Sie eines wählen), Ihre E-Mail-Adresse und, wenn Sie ihn angeben, Ihren Namen. Ihre Adresse bestätigen Sie über einen Link, den wir Ihnen schicken; danach schaut sich die Koordination die Idee an, bevor sie erscheint. Veröffentlicht werden die Idee und gegebenenfalls Ihr Name, Ihre E-Mail-Adresse nie: Wir nutzen sie nur für die Bestätigung und um Ihnen zu schreiben, wie das Bündnis auf Ihre Idee antwortet. Grundlage ist Ihre Einwilligung, die Sie im Formular erteilen (Art. 6 Abs. 1 lit. a DSGVO).</p>`,
	`<p>Wer eine Idee mit „Das unterstütze ich“ unterstützt, bestätigt seine E-Mail-Adresse einmal über einen Link. Die Adresse nutzen wir nur für diese E-Mail; gespeichert wird sie nicht im Klartext, sondern nur als Prüfsumme, damit jede Unterstützung einmal zählt (Art. 6 Abs. 1 lit. f DSGVO, bei öffentlichen Stellen lit. e).</p>`,
	`<p>Ihre Idee und Ihre Angaben dazu bewahren wir auf, solange die Idee besteht. Bestätigen Sie Ihre Adresse nicht innerhalb von 48 Stunden, löschen wir Ihren Vorschlag wieder (ebenso eine nicht bestätigte Unterstützung). Lehnen wir eine Idee ab, löschen wir Ihre E-Mail-Adresse sofort. Auf Wunsch entfernen wir jederzeit Ihren Namen und Ihre Adresse: Eine veröffentlichte Idee bleibt dann ohne Namen stehen, und eine Unterstützung zählt weiter, lässt sich Ihnen aber nicht mehr zuordnen.</p>`
];

/*
 * Surveys (surveys/): a response keeps the answers and the day only (survey.table.ts); the
 * open form's one-time token and invitation links are kept as hashes, invitations carry a
 * group label and no address and are never mailed by the platform (survey-invitations.service.ts);
 * free texts wait for moderation (survey-answer.service.ts); everything goes with the survey
 * (ON DELETE CASCADE).
 */
const SURVEYS_TEXT = [
	`<p>An unseren Umfragen nehmen Sie ohne Benutzerkonto und anonym teil. Mit Ihren Antworten speichern wir nur den Tag, an dem Sie geantwortet haben – keinen Namen, keine E-Mail-Adresse, keine IP-Adresse und keine Uhrzeit. Damit jede Person nur einmal antwortet, enthält das Formular einen Schlüssel, der nur einmal gilt; von ihm speichern wir lediglich eine Prüfsumme. Nach dem Absenden merkt sich Ihr Browser ein Jahr lang in einem Cookie nur, dass er diese Umfrage beantwortet hat – ohne Kennung, die auf Sie schließen ließe –, damit niemand versehentlich doppelt teilnimmt (technisch notwendig, § 25 Abs. 2 Nr. 2 TDDDG).</p>`,
	`<p>Manche Umfragen sind nur über Einladungslinks erreichbar, die das Bündnis zum Beispiel über eine Kita oder Schule verteilt. Jeder Link gilt für eine Antwort. Wir verschicken diese Links nicht selbst und speichern keine Adressen von eingeladenen Personen – nur eine Prüfsumme des Links, für welche Gruppe er gedacht ist (etwa „Kita Sonnenschein“) und ob er schon benutzt wurde. Welche Antwort über welchen Link kam, speichern wir nicht.</p>`,
	`<p>Ergebnisse veröffentlichen wir nur zusammengefasst. Antworten aus freien Textfeldern erscheinen dort erst, nachdem die Koordination sie gelesen und freigegeben hat; bitte schreiben Sie dort keine Namen oder Kontaktdaten hinein. Die Teilnahme ist freiwillig. Sollte eine Antwort doch etwas über eine Person verraten, verarbeiten wir sie nur, um die Umfrage auszuwerten (Art. 6 Abs. 1 lit. f DSGVO, bei öffentlichen Stellen lit. e). Die Antworten bleiben gespeichert, bis wir die Umfrage löschen.</p>`
];

/** The function names (for the checklist: "Berücksichtigt: …") in the order of the text. */
export function privacyFeatureKeys(f: PrivacyFeatures): string[] {
	return [
		'contact',
		'accounts',
		...(f.registrations ? ['registrations'] : []),
		...(f.submissions ? ['submissions'] : []),
		...(f.applications ? ['applications'] : []),
		...(f.ideas ? ['ideas'] : []),
		...(f.surveys ? ['surveys'] : []),
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
		`<p>Wir setzen nur Cookies, die technisch notwendig sind (§ 25 Abs. 2 Nr. 2 TDDDG): eines speichert die von Ihnen gewählte Sprache, ${f.surveys ? 'eines nach dem Absenden einer Umfrage nur, dass Ihr Browser sie beantwortet hat, ' : ''}und wer sich anmeldet, erhält ein Sitzungs-Cookie, das mit der Abmeldung oder dem Ablauf der Sitzung gelöscht wird.</p>`,
		h('Aufruf der Website'),
		`<p>Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten: IP-Adresse, Datum und Uhrzeit, aufgerufene Adresse und die Kennung Ihres Browsers. Das ist nötig, um die Website auszuliefern und Missbrauch abzuwehren (Art. 6 Abs. 1 lit. f DSGVO, bei öffentlichen Stellen lit. e). Um Anmeldungen und Formulare vor massenhaften Versuchen zu schützen, zählen wir Versuche je Adresse nur als Prüfsumme und löschen diese Zähler nach einem Tag. Betreibt ein Dienstleister den Server in unserem Auftrag, ist er nach Art. 28 DSGVO vertraglich gebunden.</p>`,
		h('Kontaktformular und E-Mail'),
		`<p>Über das Kontaktformular können Sie uns eine Frage, ein Problem oder eine Anregung schicken – auf Wunsch auch ohne Namen. Wir speichern Ihre Nachricht, das gewählte Thema und, wenn Sie sie angeben, Ihren Namen, Ihre E-Mail-Adresse und Ihre Telefonnummer, um Ihr Anliegen zu bearbeiten und Ihnen zu antworten. Grundlage ist Ihre Einwilligung, die Sie im Formular erteilen (Art. 6 Abs. 1 lit. a DSGVO). Über Ihren persönlichen Link sehen Sie, wie weit Ihr Anliegen ist, und lesen unsere Antworten.</p>`,
		`<p>Ihr Anliegen lesen die Personen der Koordination. Kann ein Bündnispartner oder eine Arbeitsgruppe besser helfen, leiten wir es dorthin weiter; dort sieht man Ihre Nachricht und die Antworten, aber nicht Ihren Namen und Ihre Kontaktdaten. ${monthsAfter(f.concernRetentionMonths ?? DEFAULT_RETENTION_MONTHS)} nach dem Abschluss Ihres Anliegens anonymisieren wir es: Nachricht, Name, E-Mail-Adresse und Telefonnummer werden gelöscht. Für unsere anonyme Statistik bleiben nur Angaben ohne Bezug zu Ihrer Person, etwa Thema und Datum.</p>`,
		`<p>Wenn Sie uns direkt per E-Mail schreiben, verarbeiten wir Ihre Adresse und Ihre Nachricht, um zu antworten (Art. 6 Abs. 1 lit. f DSGVO, bei öffentlichen Stellen lit. e; geht es um eine Teilnahme oder Mitgliedschaft, lit. b). Wir löschen sie, wenn Ihr Anliegen erledigt ist und keine gesetzliche Aufbewahrungspflicht besteht.</p>`
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
	if (f.ideas) parts.push(h('Ideen für Familien'), ...IDEAS_TEXT);
	if (f.surveys) parts.push(h('Umfragen'), ...SURVEYS_TEXT);
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
