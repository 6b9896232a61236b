/** Newsletter (German). */
export const newsletter = {
	'newsletter.title': 'Newsletter',
	'newsletter.intro':
		'Erfahren Sie per E-Mail, was im Bündnis los ist: Neuigkeiten, die Termine der Woche und Ihre Lieblingsthemen. Sie können den Newsletter jederzeit mit einem Klick wieder abbestellen.',
	'newsletter.field.email': 'Ihre E-Mail-Adresse',
	'newsletter.field.topics': 'Was möchten Sie bekommen?',
	'newsletter.field.topicsHint': 'Bitte wählen Sie mindestens eines aus.',
	'newsletter.field.themes': 'Schwerpunktthemen',
	'newsletter.field.locale': 'Sprache des Newsletters',
	'newsletter.locale.de': 'Deutsch',
	'newsletter.locale.en': 'Englisch',
	'newsletter.topic.news': 'Neuigkeiten aus dem Bündnis',
	'newsletter.topic.events': 'Die Termine der Woche',
	'newsletter.consent':
		'Ja, ich möchte den Newsletter von {name} per E-Mail erhalten. Meine Einwilligung kann ich jederzeit über den Abmeldelink in jeder Ausgabe widerrufen.',
	'newsletter.subscribe': 'Newsletter bestellen',
	'newsletter.sentTitle': 'Fast geschafft!',
	'newsletter.sent':
		'Wir haben Ihnen eine E-Mail geschickt. Bitte klicken Sie auf den Link darin und bestätigen Sie Ihre Anmeldung. Erst dann erhalten Sie den Newsletter.',
	'newsletter.archiveLink': 'Frühere Ausgaben lesen',
	'newsletter.error.topics': 'Bitte wählen Sie mindestens ein Thema aus.',
	'newsletter.error.consent':
		'Bitte stimmen Sie zu, damit wir Ihnen den Newsletter schicken dürfen.',
	'newsletter.error.body': 'Bitte schreiben Sie einen Text für die Ausgabe.',
	'newsletter.error.notDraft':
		'Diese Ausgabe ist schon verschickt und kann nicht mehr geändert werden.',
	'newsletter.error.noRecipients':
		'Für diese Themen gibt es noch keine bestätigten Abonnentinnen und Abonnenten.',
	'newsletter.confirmTitle': 'Newsletter-Anmeldung bestätigen',
	'newsletter.confirmText':
		'Bitte bestätigen Sie mit einem Klick, dass Sie den Newsletter erhalten möchten.',
	'newsletter.confirmButton': 'Anmeldung bestätigen',
	'newsletter.confirmed':
		'Vielen Dank! Ihre Anmeldung ist bestätigt. Sie erhalten ab jetzt unseren Newsletter.',
	'newsletter.linkUnknown':
		'Dieser Link ist nicht mehr gültig. Vielleicht haben Sie ihn schon benutzt, oder er ist abgelaufen. Sie können sich einfach noch einmal anmelden.',
	'newsletter.unsubscribeTitle': 'Newsletter abbestellen',
	'newsletter.unsubscribeText': 'Möchten Sie den Newsletter an {email} nicht mehr erhalten?',
	'newsletter.unsubscribeButton': 'Newsletter abbestellen',
	'newsletter.unsubscribed':
		'Sie sind abgemeldet und erhalten keinen Newsletter mehr. Ihre Adresse haben wir gelöscht.',
	'newsletter.unsubscribeUnknown':
		'Zu diesem Link gibt es kein Abonnement (mehr). Sie erhalten keinen Newsletter.',
	'newsletter.back': 'Zum Newsletter',
	'newsletter.archiveTitle': 'Newsletter-Archiv',
	'newsletter.archiveIntro': 'Alle bisher verschickten Ausgaben zum Nachlesen.',
	'newsletter.archiveEmpty': 'Es wurde noch keine Ausgabe verschickt.',
	'newsletter.sentOn': 'Verschickt am {date}',
	'newsletter.admin.title': 'Newsletter',
	'newsletter.admin.subscribers': 'Abonnentinnen und Abonnenten',
	'newsletter.admin.confirmed': 'Bestätigt: {n}',
	'newsletter.admin.pending': 'Noch nicht bestätigt: {n}',
	'newsletter.admin.bounced': 'Nicht zustellbar: {n}',
	'newsletter.admin.perTopic': 'Nach Themen',
	'newsletter.admin.topic': 'Thema',
	'newsletter.admin.count': 'Anzahl',
	'newsletter.admin.issues': 'Ausgaben',
	'newsletter.admin.noIssues':
		'Noch keine Ausgabe. Schreiben Sie die erste oder lassen Sie einen Entwurf erstellen.',
	'newsletter.admin.new': 'Neue Ausgabe schreiben',
	'newsletter.admin.draft': 'Entwurf aus Terminen und Neuigkeiten erstellen',
	'newsletter.admin.edit': 'Bearbeiten',
	'newsletter.admin.status.draft': 'Entwurf',
	'newsletter.admin.status.sending': 'Wird verschickt',
	'newsletter.admin.status.sent': 'Verschickt',
	'newsletter.admin.progress': '{sent} von {total} verschickt',
	'newsletter.admin.subject': 'Betreff',
	'newsletter.admin.body': 'Text',
	'newsletter.admin.topics': 'An wen geht die Ausgabe?',
	'newsletter.admin.topicsHint': 'An alle, die mindestens eines dieser Themen bestellt haben.',
	'newsletter.admin.save': 'Entwurf speichern',
	'newsletter.admin.saved': 'Der Entwurf ist gespeichert.',
	'newsletter.admin.preview': 'Vorschau',
	'newsletter.admin.previewText': 'Textfassung (für E-Mail-Programme ohne HTML)',
	'newsletter.admin.test': 'Test an mich schicken',
	'newsletter.admin.testSent': 'Die Testmail ist an Ihre Adresse unterwegs.',
	'newsletter.admin.send': 'Jetzt an {n} Adressen verschicken',
	'newsletter.admin.sendConfirm': 'Ja, ich möchte diese Ausgabe jetzt verschicken.',
	'newsletter.admin.sending': 'Die Ausgabe wird jetzt nach und nach verschickt.',
	'newsletter.admin.delete': 'Entwurf löschen',
	'newsletter.admin.deleted': 'Der Entwurf ist gelöscht.',
	'newsletter.admin.back': 'Zurück zur Übersicht'
};
