/** UI strings of the calendar's workflows: registration, submission, moderation, import, widget (German). */
export const calendarWorkflows = {
	// Registration (public)
	'registration.title': 'Anmeldung',
	'registration.for': 'Anmeldung zu „{title}“',
	'registration.intro':
		'Melden Sie sich hier ohne Benutzerkonto an. Sie bekommen sofort eine E-Mail mit allen Einzelheiten und einem Link, mit dem Sie sich auch wieder abmelden können.',
	'registration.when': 'Wann',
	'registration.where': 'Wo',
	'registration.chooseDate': 'Für welchen Termin?',
	'registration.dateFull': 'ausgebucht',
	'registration.dateCancelled': 'fällt aus',
	'registration.showDate': 'Termin wählen',
	'registration.name': 'Ihr Name',
	'registration.email': 'Ihre E-Mail-Adresse',
	'registration.emailHint': 'Dorthin schicken wir die Bestätigung und den Link zum Abmelden.',
	'registration.adults': 'Erwachsene',
	'registration.children': 'Kinder',
	'registration.personsLegend': 'Wie viele Personen kommen?',
	'registration.note': 'Anmerkung',
	'registration.noteHint': 'Zum Beispiel: Wir brauchen einen barrierefreien Zugang.',
	'registration.consent':
		'Ich bin einverstanden, dass meine Angaben für diese Veranstaltung gespeichert und {days} Tage danach gelöscht werden.',
	'registration.consentLink': 'Mehr dazu in der Datenschutzerklärung',
	'registration.submit': 'Verbindlich anmelden',
	'registration.submitWaitlist': 'Auf die Warteliste setzen',
	'registration.placesFree': 'Noch {n} Plätze frei.',
	'registration.placeFree': 'Noch 1 Platz frei.',
	'registration.placesOpen': 'Es sind noch Plätze frei.',
	'registration.waitlistInfo':
		'Alle Plätze sind vergeben. Sie können sich auf die Warteliste setzen lassen – wird ein Platz frei, rücken Sie automatisch nach und bekommen sofort eine E-Mail.',
	'registration.closed.disabled': 'Für diesen Termin ist keine Anmeldung möglich.',
	'registration.closed.cancelled': 'Dieser Termin fällt leider aus.',
	'registration.closed.past': 'Dieser Termin liegt in der Vergangenheit.',
	'registration.closed.notYetOpen': 'Die Anmeldung ist noch nicht geöffnet.',
	'registration.closed.closed': 'Die Anmeldefrist ist abgelaufen.',
	'registration.closed.full': 'Dieser Termin ist leider ausgebucht.',
	'registration.noDates': 'Für diese Veranstaltung stehen im Moment keine Termine an.',
	'registration.done.confirmed':
		'Vielen Dank! Ihr Platz ist reserviert. Die Bestätigung mit allen Einzelheiten haben wir Ihnen per E-Mail geschickt.',
	'registration.done.waitlisted':
		'Vielen Dank! Sie stehen auf der Warteliste. Sobald ein Platz frei wird, rücken Sie automatisch nach – wir schreiben Ihnen dann sofort.',
	'registration.done.repeated':
		'Sie waren für diesen Termin schon angemeldet. Wir haben Ihnen die Bestätigung noch einmal geschickt.',
	'registration.manageLink': 'Anmeldung ansehen oder absagen',
	'registration.backToEvent': 'Zurück zum Termin',
	'registration.error.persons': 'Bitte geben Sie an, wie viele Personen kommen (mindestens eine).',
	'registration.error.tooMany': 'Bitte höchstens 20 – für größere Gruppen schreiben Sie uns bitte.',
	'registration.error.consent': 'Bitte bestätigen Sie, dass Sie einverstanden sind.',
	'registration.error.range': 'Bitte geben Sie eine passende Zahl an.',
	'registration.error.date': 'Bitte wählen Sie einen der angebotenen Termine.',
	'registration.error.moreThanCapacity':
		'So viele Personen passen leider nicht – bitte schreiben Sie uns, dann finden wir eine Lösung.',
	'registration.honeypot': 'Bitte dieses Feld leer lassen',
	// Registration: the link from the mail
	'registration.manage.title': 'Ihre Anmeldung',
	'registration.manage.status.confirmed': 'Ihr Platz ist bestätigt.',
	'registration.manage.status.waitlisted': 'Sie stehen auf der Warteliste.',
	'registration.manage.status.cancelled': 'Sie sind abgemeldet.',
	'registration.manage.event': 'Termin',
	'registration.manage.persons': 'Personen',
	'registration.manage.personsValue': 'Erwachsene: {adults}, Kinder: {children}',
	'registration.manage.cancel': 'Anmeldung absagen',
	'registration.manage.cancelHint':
		'Wenn Sie nicht kommen können, sagen Sie bitte ab – dann bekommt jemand von der Warteliste Ihren Platz.',
	'registration.manage.cancelled':
		'Sie sind abgemeldet. Vielen Dank, dass Sie Bescheid gegeben haben!',
	'registration.manage.invalid':
		'Dieser Link ist nicht (mehr) gültig. Vielleicht haben Sie inzwischen eine neuere E-Mail mit einem neuen Link bekommen.',
	// Registration: organisers
	'registration.admin.title': 'Anmeldungen',
	'registration.admin.settings': 'Anmeldung einstellen',
	'registration.admin.enabled': 'Anmeldung für diesen Termin anbieten',
	'registration.admin.capacity': 'Plätze (Personen)',
	'registration.admin.capacityHint':
		'Erwachsene und Kinder zählen je als Person. Leer lassen: unbegrenzt.',
	'registration.admin.waitlist': 'Warteliste führen, wenn alle Plätze vergeben sind',
	'registration.admin.closesOn': 'Anmeldeschluss (letzter Tag)',
	'registration.admin.closesOnHint': 'Leer lassen: Anmeldung bis zum Beginn möglich.',
	'registration.admin.retentionDays': 'Angaben löschen nach … Tagen',
	'registration.admin.retentionHint':
		'So viele Tage nach dem Termin werden Namen, E-Mail-Adressen und Anmerkungen gelöscht. Leer lassen: {days} Tage (Voreinstellung).',
	'registration.admin.saved': 'Die Einstellungen sind gespeichert.',
	'registration.admin.list': 'Wer hat sich angemeldet?',
	'registration.admin.none': 'Für diesen Termin gibt es noch keine Anmeldungen.',
	'registration.admin.export': 'Liste als CSV herunterladen (für Excel)',
	'registration.admin.sum': '{confirmed} Personen angemeldet, {waiting} auf der Warteliste',
	'registration.admin.sumCapacity':
		'{confirmed} von {capacity} Plätzen belegt, {waiting} auf der Warteliste',
	'registration.admin.status.confirmed': 'bestätigt',
	'registration.admin.status.waitlisted': 'Warteliste',
	'registration.admin.status.cancelled': 'abgemeldet',
	'registration.admin.colName': 'Name',
	'registration.admin.colEmail': 'E-Mail',
	'registration.admin.colPersons': 'Personen',
	'registration.admin.colNote': 'Anmerkung',
	'registration.admin.colStatus': 'Status',
	'registration.admin.colActions': 'Aktionen',
	'registration.admin.personsShort': '{adults} Erw., {children} Kinder',
	'registration.admin.deleted': '(Angaben gelöscht)',
	'registration.admin.cancelPerson': 'Absagen',
	'registration.admin.cancelPersonConfirm': 'Wirklich absagen? Die Person bekommt eine E-Mail.',
	'registration.admin.cancelledPerson':
		'Die Anmeldung ist abgesagt; die Person hat eine E-Mail bekommen.',
	'registration.admin.publicPage': 'Anmeldeseite ansehen'
};
