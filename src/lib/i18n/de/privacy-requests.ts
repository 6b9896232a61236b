/** Data protection requests (DSGVO Art. 15/17) in the admin area, German. */
export const privacyRequests = {
	'privacyRequests.nav': 'Datenschutz-Anfragen',
	'privacyRequests.title': 'Datenschutz-Anfragen',
	'privacyRequests.intro':
		'Wenn jemand wissen möchte, was Ihr Bündnis über sie oder ihn gespeichert hat, oder die Löschung verlangt, finden Sie hier alles zu einer E-Mail-Adresse. Gesucht wird nur in Ihrem Bündnis.',
	'privacyRequests.identity':
		'Bitte prüfen Sie vorher, ob die Anfrage wirklich von der Person selbst kommt – zum Beispiel, indem Sie an die Adresse antworten.',
	'privacyRequests.search': 'Daten suchen',
	'privacyRequests.email': 'E-Mail-Adresse der Person',
	'privacyRequests.found': 'Gefunden zu {email}',
	'privacyRequests.nothing': 'Zu dieser Adresse ist in Ihrem Bündnis nichts gespeichert.',
	'privacyRequests.export': 'Auskunft als Datei herunterladen',
	'privacyRequests.exportHint':
		'Die Datei (JSON) enthält alles, was oben gezählt ist. Sie können sie der Person schicken (Auskunft nach Art. 15 DSGVO).',
	'privacyRequests.erase': 'Daten löschen',
	'privacyRequests.eraseHint':
		'Anmeldungen, Anliegen, Ideen und Bewerbungen werden anonymisiert: Zahlen und öffentliche Inhalte bleiben, Name und Kontaktdaten verschwinden. Nachrichten, Einträge in Arbeitsgruppen und offene Terminvorschläge werden gelöscht. Ein Konto verliert die Mitgliedschaft in Ihrem Bündnis; das Konto selbst gehört zur ganzen Installation und kann nur von der Betreiberin oder dem Betreiber gelöscht werden.',
	'privacyRequests.confirm':
		'Ja, die Person hat die Löschung verlangt und ich habe geprüft, dass die Anfrage von ihr kommt.',
	'privacyRequests.eraseButton': 'Endgültig löschen',
	'privacyRequests.erased':
		'Erledigt: {count} Einträge wurden gelöscht oder anonymisiert. Die Anfrage ist im Protokoll vermerkt.',
	'privacyRequests.error.confirm': 'Bitte bestätigen Sie die Löschung mit dem Häkchen.',
	'privacyRequests.error.lastCoordinator':
		'Diese Person ist die einzige Koordinatorin oder der einzige Koordinator. Bitte bestimmen Sie zuerst eine weitere Person für die Koordination – dann klappt die Löschung.',
	'privacyRequests.log': 'Bisherige Anfragen',
	'privacyRequests.logIntro':
		'Hier steht, wann eine Auskunft erteilt oder gelöscht wurde. Die Adresse selbst speichern wir nicht, nur eine Prüfsumme, aus der sich die Adresse nicht zurückrechnen lässt, und die Anzahl der Einträge.',
	'privacyRequests.logEmpty': 'Bisher gab es keine Anfragen.',
	'privacyRequests.action.export': 'Auskunft',
	'privacyRequests.action.erase': 'Löschung',
	'privacyRequests.retention': 'Wie lange wir Daten aufbewahren',
	'privacyRequests.retentionIntro':
		'Diese Fristen gelten für alle Bündnisse dieser Installation; manche können Sie in den Einstellungen ändern.',
	'privacyRequests.retentionWhat': 'Was',
	'privacyRequests.retentionPeriod': 'Wie lange',
	'privacyRequests.retentionWhere': 'Umgesetzt in',
	'privacyRequests.source.account': 'Mitgliedschaft im Bündnis',
	'privacyRequests.source.registrations': 'Anmeldungen zu Terminen',
	'privacyRequests.source.submittedEvents': 'Vorgeschlagene Termine',
	'privacyRequests.source.pendingSubmissions': 'Noch nicht bestätigte Terminvorschläge',
	'privacyRequests.source.partnerApplications': 'Bewerbungen als Partner',
	'privacyRequests.source.partnerContacts': 'Ansprechperson eines Partners',
	'privacyRequests.source.partnerContactLinks': 'Zugang für einen Partner',
	'privacyRequests.source.concerns': 'Anliegen',
	'privacyRequests.source.ideas': 'Eingereichte Ideen',
	'privacyRequests.source.ideaSupports': 'Unterstützte Ideen',
	'privacyRequests.source.workingGroups': 'Arbeitsgruppen',
	'privacyRequests.source.plenumMails': 'Einladungen zum Plenum',
	'privacyRequests.source.contactMessages': 'Nachrichten über das Kontaktformular',
	'privacyRequests.retention.registrations.what': 'Anmeldungen zu Terminen',
	'privacyRequests.retention.registrations.period':
		'{days} Tage nach dem Termin anonymisiert (je Termin oder Bündnis einstellbar)',
	'privacyRequests.retention.submissions.what': 'Terminvorschläge von Besucherinnen und Besuchern',
	'privacyRequests.retention.submissions.period':
		'Unbestätigt nach {hours} Stunden gelöscht; Name und Adresse am Termin nach {days} Tagen entfernt',
	'privacyRequests.retention.concerns.what': 'Anliegen von Familien',
	'privacyRequests.retention.concerns.period':
		'{months} Monate nach dem Abschluss anonymisiert (je Bündnis einstellbar)',
	'privacyRequests.retention.sessions.what': 'Anmeldungen im Verwaltungsbereich (Sitzungen)',
	'privacyRequests.retention.sessions.period': 'Laufen nach {days} Tagen ab',
	'privacyRequests.retention.rateLimits.what': 'Schutz vor zu vielen Versuchen (nur Prüfsummen)',
	'privacyRequests.retention.rateLimits.period': 'Nach {days} Tag gelöscht',
	'privacyRequests.retention.jobs.what': 'Hintergrundaufgaben (z. B. Mailversand)',
	'privacyRequests.retention.jobs.period':
		'Erledigte nach {days} Tagen, fehlgeschlagene nach {failedDays} Tagen gelöscht',
	'privacyRequests.retention.ideas.what': 'Ideen und Unterstützungen',
	'privacyRequests.retention.ideas.period':
		'Unbestätigt nach {hours} Stunden gelöscht; sonst solange die Idee besteht, auf Wunsch sofort anonymisiert',
	'privacyRequests.retention.partnerApplications.what': 'Bewerbungen als Partner',
	'privacyRequests.retention.partnerApplications.period':
		'Solange die Partnerschaft besteht; auf Wunsch sofort anonymisiert',
	'privacyRequests.retention.workingGroups.what': 'Mitglieder von Arbeitsgruppen',
	'privacyRequests.retention.workingGroups.period':
		'Solange die Person mitarbeitet; auf Wunsch sofort gelöscht',
	'privacyRequests.retention.accounts.what': 'Konten und Mitgliedschaften',
	'privacyRequests.retention.accounts.period': 'Bis die Person austritt oder die Löschung verlangt',
	'privacyRequests.retention.plenumMails.what':
		'Einladungen und Erinnerungen zum Plenum (wer welche Mail bekam, weitere Adressen)',
	'privacyRequests.retention.plenumMails.period': '{days} Tage nach dem Plenum gelöscht',
	'privacyRequests.retention.privacyRequests.what': 'Protokoll der Datenschutz-Anfragen',
	'privacyRequests.retention.privacyRequests.period':
		'Dauerhaft, als Nachweis – ohne Adresse, nur mit Prüfsumme und Anzahl'
} as const;
