/** A new alliance going public (holding page, go-live checklist) and the operator deleting one (German). */
export const launch = {
	'launch.platform.notLive': 'Noch nicht öffentlich',
	'launch.platform.delete': 'Bündnis löschen',
	'launch.platform.deleteWarning':
		'Damit löschen Sie „{name}“ endgültig: alle Seiten, Termine, Partner, Anmeldungen, Nachrichten und hochgeladenen Dateien. Das lässt sich nicht rückgängig machen.',
	'launch.platform.deleteConfirm': 'Geben Sie zur Bestätigung die Kurzadresse „{slug}“ ein',
	'launch.platform.deleteSubmit': 'Endgültig löschen',
	'launch.platform.deleted': '„{name}“ ist gelöscht.',
	'launch.platform.error.confirm':
		'Die Kurzadresse stimmt nicht. Zur Sicherheit wurde nichts gelöscht.',

	'launch.holding.title': 'Hier entsteht unsere neue Website',
	'launch.holding.lead':
		'Wir richten unsere Website gerade ein. Schauen Sie bald wieder vorbei – dann finden Sie hier Termine, Angebote und Ansprechpartner für Familien.',
	'launch.holding.contact': 'Sie möchten uns schon jetzt erreichen?',
	'launch.holding.email': 'Schreiben Sie uns: ',
	'launch.holding.team': 'Sie gehören zum Bündnis-Team?',
	'launch.holding.signIn': 'Anmelden',

	'launch.banner':
		'Diese Website ist noch nicht öffentlich: Besucherinnen und Besucher sehen eine Vorschaltseite.',
	'launch.banner.link': 'Zur Checkliste für die Veröffentlichung',

	'launch.admin.nav': 'Veröffentlichen',
	'launch.admin.title': 'Website veröffentlichen',
	'launch.admin.intro':
		'Noch sehen Besucherinnen und Besucher nur eine Vorschaltseite mit Ihrem Namen und dem Impressum. Sie und Ihr Team sehen die ganze Website schon. Gehen Sie die Punkte durch; sobald die Pflichtpunkte erledigt sind, schalten Sie die Website frei.',
	'launch.admin.liveSince': 'Ihre Website ist öffentlich seit {date}.',
	'launch.admin.done': 'Erledigt',
	'launch.admin.open': 'Offen',
	'launch.admin.recommended': 'Empfohlen',
	'launch.check.imprint': 'Impressum vollständig',
	'launch.check.imprintHint':
		'Anbieter, Anschrift, E-Mail-Adresse oder Telefon und die für den Inhalt verantwortliche Person tragen Sie in den Einstellungen ein.',
	'launch.check.contact': 'Kontakt-E-Mail-Adresse angegeben',
	'launch.check.contactHint':
		'An diese Adresse gehen Nachrichten aus dem Kontaktformular; sie steht auch auf der Vorschaltseite.',
	'launch.check.logo': 'Logo hochgeladen',
	'launch.check.logoHint':
		'Ihr Logo erscheint im Kopf jeder Seite. Ohne Logo steht dort der Name des Bündnisses.',
	'launch.check.privacy': 'Datenschutzerklärung geprüft',
	'launch.check.privacyHint':
		'Wir haben sie aus den Funktionen erstellt, die Ihr Bündnis nutzt. Lesen Sie sie, ergänzen Sie bei Bedarf (z. B. Datenschutzbeauftragte, Aufsichtsbehörde) und bestätigen Sie sie dann.',
	'launch.check.privacyUses': 'Berücksichtigt: {list}.',
	'launch.admin.toSettings': 'Zu den Einstellungen',
	'launch.admin.viewPrivacy': 'Datenschutzerklärung lesen',
	'launch.admin.editPrivacy': 'Datenschutzerklärung bearbeiten',
	'launch.admin.regenerate': 'Aus den genutzten Funktionen neu erstellen',
	'launch.admin.regenerated':
		'Die Datenschutzerklärung ist neu erstellt. Bitte lesen und bestätigen Sie sie.',
	'launch.admin.confirmPrivacy': 'Ich habe die Datenschutzerklärung gelesen; sie stimmt',
	'launch.admin.privacyConfirmed': 'Danke – die Datenschutzerklärung ist als geprüft vermerkt.',
	'launch.admin.goLive': 'Website jetzt veröffentlichen',
	'launch.admin.wentLive': 'Ihre Website ist jetzt öffentlich. Herzlichen Glückwunsch!',
	'launch.error.notReady': 'Bitte erledigen Sie zuerst die offenen Pflichtpunkte.',

	'launch.feature.contact': 'Kontaktformular',
	'launch.feature.accounts': 'Benutzerkonten',
	'launch.feature.registrations': 'Anmeldungen zu Terminen',
	'launch.feature.submissions': 'Termine vorschlagen',
	'launch.feature.applications': 'Bündnispartner werden',
	'launch.feature.ideas': 'Ideen für Familien',
	'launch.feature.surveys': 'Umfragen',
	'launch.feature.uploads': 'Bilder und Dokumente',
	'launch.feature.newsletter': 'Newsletter',
	'launch.feature.import': 'Kalender-Import'
} as const;
