/** UI strings of the content area: pages, news, documents, uploads, editor, legal pages (German). */
export const content = {
	// uploads
	'upload.tooLarge':
		'Die Datei ist zu groß. Bilder dürfen höchstens 10 MB, PDF-Dokumente höchstens 20 MB groß sein.',
	'upload.wrongType':
		'Diese Dateiart können wir nicht annehmen. Bilder bitte als JPEG, PNG, WebP oder GIF, Dokumente als PDF.',
	'upload.empty': 'Bitte wählen Sie eine Datei aus.',
	'upload.damaged':
		'Die Datei ließ sich nicht öffnen. Vielleicht ist sie beschädigt – bitte versuchen Sie eine andere.',
	'upload.altRequired':
		'Bitte beschreiben Sie kurz, was auf dem Bild zu sehen ist. Menschen, die nicht sehen können, hören diesen Text.',
	'upload.requestTooLarge':
		'Die Datei ist zu groß für den Server. PDF-Dokumente dürfen höchstens 20 MB groß sein.',
	'upload.inUse':
		'Diese Datei wird noch verwendet: {uses}. Bitte entfernen Sie sie dort zuerst, dann können Sie sie löschen.',
	'upload.notFound': 'Diese Datei gibt es nicht (mehr).',
	'upload.imageHint':
		'JPEG, PNG, WebP oder GIF, höchstens 10 MB. Wir verkleinern große Fotos und entfernen Standort- und Kameradaten.',
	'upload.documentHint': 'Nur PDF, höchstens 20 MB.',
	'upload.alt': 'Bildbeschreibung (Alternativtext)',
	'upload.chooseAgain':
		'Sie hatten „{file}“ ausgewählt. Ihr Browser behält eine Datei nicht, wenn das Formular zurückkommt – bitte wählen Sie sie noch einmal aus.',
	'upload.altHint':
		'Was ist auf dem Bild zu sehen? Zum Beispiel: „Kinder spielen beim Familienfest im Stadtpark“.',

	// shared content messages
	'content.imageWithoutAlt':
		'Ein Bild im Text hat keine Bildbeschreibung. Bitte entfernen Sie es und fügen Sie es über „Bild“ mit Beschreibung wieder ein.',
	'content.imageForeign':
		'Bilder von anderen Websites können wir nicht einbinden. Bitte laden Sie das Bild über „Bild“ hoch.',
	'content.draftBanner':
		'Entwurf – diese Seite ist noch nicht veröffentlicht. Nur Sie und Ihr Team sehen sie.',
	'content.breadcrumbs': 'Sie sind hier',
	'content.subpages': 'Auf diesen Seiten erfahren Sie mehr',
	'content.editThis': 'Diese Seite bearbeiten',
	'content.deleted': 'Gelöscht.',
	'content.confirmDelete': 'Ja, endgültig löschen',
	'content.deleteQuestion':
		'Möchten Sie „{title}“ wirklich löschen? Das lässt sich nicht rückgängig machen.',
	'content.actions': 'Aktionen',
	'content.status': 'Status',
	'content.lastChanged': 'Zuletzt geändert',

	// pages (admin)
	'page.adminTitle': 'Seiten',
	'page.adminIntro':
		'Hier pflegen Sie die Seiten Ihres Bündnisses. Eine Seite kann Unterseiten haben; die Reihenfolge bestimmt das Menü.',
	'page.new': 'Neue Seite',
	'page.edit': 'Seite bearbeiten',
	'page.view': 'Ansehen',
	'page.title': 'Titel',
	'page.slug': 'Adresse (Teil der Internetadresse)',
	'page.slugHint':
		'Nur Kleinbuchstaben, Ziffern und Bindestriche, z. B. „unsere-ziele“. Leer lassen: wird aus dem Titel gebildet.',
	'page.summary': 'Kurzbeschreibung',
	'page.summaryHint':
		'Ein bis zwei Sätze. Erscheint in Suchmaschinen und in der Übersicht der Unterseiten.',
	'page.body': 'Text',
	'page.parent': 'Übergeordnete Seite',
	'page.parentNone': '– keine (Hauptseite) –',
	'page.parentHint': 'Unterseiten erscheinen im Menü unter ihrer Hauptseite.',
	'page.published': 'Veröffentlicht (für alle sichtbar)',
	'page.inNav': 'Im Menü zeigen',
	'page.moveUp': '„{title}“ nach oben verschieben',
	'page.moveDown': '„{title}“ nach unten verschieben',
	'page.up': 'Nach oben',
	'page.down': 'Nach unten',
	'page.order': 'Reihenfolge',
	'page.publish': 'Veröffentlichen',
	'page.unpublish': 'Zurückziehen',
	'page.statusPublished': 'veröffentlicht',
	'page.statusDraft': 'Entwurf',
	'page.notInNav': 'nicht im Menü',
	'page.legal': 'Pflichtseite',
	'page.legalHint':
		'Das Impressum und die Datenschutzerklärung sind gesetzlich vorgeschrieben. Sie bleiben immer veröffentlicht und können nicht gelöscht werden. Bitte ergänzen Sie alle markierten Stellen.',
	'page.created': 'Die Seite wurde angelegt.',
	'page.saved': 'Die Seite wurde gespeichert.',
	'page.notFound': 'Diese Seite gibt es nicht (mehr).',
	'page.hasChildren':
		'Diese Seite hat noch Unterseiten. Bitte löschen Sie zuerst die Unterseiten oder ordnen Sie sie einer anderen Seite zu.',
	'page.protected':
		'Impressum und Datenschutzerklärung müssen veröffentlicht bleiben und können nicht gelöscht werden.',
	'page.slugTaken':
		'Diese Adresse ist auf dieser Ebene schon vergeben. Bitte wählen Sie eine andere.',
	'page.slugReserved':
		'Diese Adresse ist für einen anderen Bereich der Website reserviert. Bitte wählen Sie eine andere.',
	'page.parentInvalid': 'Diese Seite kann nicht als übergeordnete Seite gewählt werden.',
	'page.parentNotTopLevel':
		'Bitte wählen Sie eine Hauptseite. Unterseiten können keine eigenen Unterseiten haben.',
	'page.parentHasChildren':
		'Diese Seite hat selbst Unterseiten und muss deshalb eine Hauptseite bleiben.',
	'page.none': 'Noch keine Seiten. Legen Sie die erste an!',
	'page.children': 'Unterseiten von „{title}“',

	// news
	'news.title': 'Neuigkeiten',
	'news.intro': 'Was im Bündnis los ist: Berichte, Einladungen und Neues von unseren Partnern.',
	'news.none': 'Noch keine Neuigkeiten.',
	'news.publishedOn': 'Veröffentlicht am {date}',
	'news.readMore': '„{title}“ weiterlesen',
	'news.pagination': 'Seiten der Neuigkeiten',
	'news.newer': 'Neuere Meldungen',
	'news.older': 'Ältere Meldungen',
	'news.backToList': 'Alle Neuigkeiten',
	'news.draftBanner':
		'Entwurf – diese Meldung ist noch nicht veröffentlicht. Nur Sie und Ihr Team sehen sie.',
	'news.scheduledBanner':
		'Geplant – diese Meldung erscheint am {date}. Bis dahin sehen nur Sie und Ihr Team sie.',
	'news.adminTitle': 'Neuigkeiten',
	'news.new': 'Neue Meldung',
	'news.edit': 'Meldung bearbeiten',
	'news.fieldTitle': 'Überschrift',
	'news.slug': 'Adresse',
	'news.slugHint': 'Leer lassen: wird aus der Überschrift gebildet.',
	'news.summary': 'Vorspann',
	'news.summaryHint': 'Ein bis zwei Sätze für die Übersicht und die Startseite.',
	'news.body': 'Text',
	'news.image': 'Bild (optional)',
	'news.currentImage': 'Aktuelles Bild',
	'news.removeImage': 'Bild entfernen',
	'news.status': 'Veröffentlichung',
	'news.statusDraft': 'Entwurf – noch nicht veröffentlichen',
	'news.statusPublish': 'Veröffentlichen',
	'news.publishAt': 'Veröffentlichen am',
	'news.publishAtHint':
		'Leer lassen: sofort. Liegt der Zeitpunkt in der Zukunft, erscheint die Meldung dann von selbst.',
	'news.draft': 'Entwurf',
	'news.scheduled': 'geplant für {date}',
	'news.published': 'veröffentlicht am {date}',
	'news.created': 'Die Meldung wurde angelegt.',
	'news.saved': 'Die Meldung wurde gespeichert.',
	'news.notFound': 'Diese Meldung gibt es nicht (mehr).',
	'news.slugTaken': 'Diese Adresse hat schon eine andere Meldung. Bitte wählen Sie eine andere.',

	// documents
	'docs.pagination': 'Seiten der Dokumente',
	'docs.pageOf': 'Seite {page} von {pages}',
	'docs.previous': 'Vorherige Seite',
	'docs.next': 'Nächste Seite',
	'docs.title': 'Dokumente',
	'docs.intro': 'Hier finden Sie Dokumente des Bündnisses zum Herunterladen.',
	'docs.none': 'Zurzeit sind keine Dokumente veröffentlicht.',
	'docs.download': '{title} herunterladen (PDF, {size})',
	'docs.adminTitle': 'Dokumente',
	'docs.adminIntro':
		'Laden Sie hier PDF-Dokumente hoch, z. B. die Langversion Ihres Leitbilds. Sie können auf Seiten verlinkt oder öffentlich unter „Dokumente“ aufgelistet werden.',
	'docs.upload': 'Dokument hochladen',
	'docs.file': 'PDF-Datei',
	'docs.fieldTitle': 'Titel',
	'docs.description': 'Beschreibung',
	'docs.listed': 'Öffentlich unter „Dokumente“ auflisten',
	'docs.uploaded': 'Das Dokument wurde hochgeladen.',
	'docs.saved': 'Die Angaben wurden gespeichert.',
	'docs.link': 'Adresse zum Verlinken',
	'docs.listedYes': 'öffentlich aufgelistet',
	'docs.listedNo': 'nicht aufgelistet',
	'docs.size': 'Größe',
	'docs.adminNone': 'Noch keine Dokumente hochgeladen.',
	'docs.imagesTitle': 'Bilder',
	'docs.imagesIntro':
		'Bilder für Seiten und Neuigkeiten. Jedes Bild braucht eine kurze Beschreibung für Menschen, die es nicht sehen können.',
	'docs.imageUpload': 'Bild hochladen',
	'docs.notFound': 'Dieses Dokument gibt es nicht (mehr).',

	// editor
	'editor.toolbar': 'Textformatierung',
	'editor.paragraph': 'Normaler Text',
	'editor.heading': 'Überschrift',
	'editor.subheading': 'Zwischenüberschrift',
	'editor.bold': 'Fett',
	'editor.italic': 'Kursiv',
	'editor.bulletList': 'Liste',
	'editor.orderedList': 'Nummerierte Liste',
	'editor.link': 'Link',
	'editor.linkPrompt':
		'Welche Adresse soll der Link haben? (z. B. https://www.beispiel.de oder info@beispiel.de)',
	'editor.linkRemove': 'Link entfernen',
	'editor.linkDialog': 'Link einfügen',
	'editor.linkAddress': 'Adresse des Links',
	'editor.linkApply': 'Link übernehmen',
	'editor.linkInvalid':
		'Diese Adresse können wir nicht verlinken. Bitte geben Sie eine Webadresse (https://…), eine E-Mail-Adresse oder einen Pfad dieser Website (/…) ein.',
	'editor.image': 'Bild',
	'editor.imageDialog': 'Bild einfügen',
	'editor.imageChoose': 'Bereits hochgeladenes Bild wählen',
	'editor.imageNoneYet': 'Noch keine Bilder hochgeladen.',
	'editor.imageUpload': 'Oder neues Bild hochladen',
	'editor.imageSelected': 'Ausgewählt',
	'editor.imageMissing': 'Bitte wählen Sie ein Bild aus oder laden Sie eines hoch.',
	'editor.imageUploading': 'Bild wird hochgeladen …',
	'editor.insert': 'Einfügen',
	'editor.table': 'Tabelle',
	'editor.tableInsert': 'Tabelle einfügen',
	'editor.addRow': 'Zeile hinzufügen',
	'editor.addColumn': 'Spalte hinzufügen',
	'editor.deleteRow': 'Zeile löschen',
	'editor.deleteColumn': 'Spalte löschen',
	'editor.deleteTable': 'Tabelle löschen',
	'editor.quote': 'Zitat',
	'editor.undo': 'Rückgängig',
	'editor.redo': 'Wiederholen',
	'editor.area': 'Texteingabe: {label}',
	'editor.keyboardHint':
		'Tipp für die Tastatur: Mit Esc gelangen Sie aus dem Text zur Werkzeugleiste, dort wechseln Sie mit den Pfeiltasten.',
	'editor.htmlHint':
		'Ohne JavaScript bearbeiten Sie hier den Text als HTML. Erlaubt sind u. a. <p>, <h2>, <strong>, <em>, <ul>, <a href="…"> und Bilder mit alt-Text.',

	// legal pages
	'imprint.title': 'Impressum',
	'imprint.provider': 'Anbieter',
	'imprint.representative': 'Vertreten durch',
	'imprint.address': 'Anschrift',
	'imprint.contact': 'Kontakt',
	'imprint.email': 'E-Mail',
	'imprint.phone': 'Telefon',
	'imprint.register': 'Registereintrag und weitere Angaben',
	'imprint.responsible': 'Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
	'imprint.incomplete':
		'Die Pflichtangaben des Impressums sind noch nicht vollständig. Bitte ergänzen Sie sie in den Einstellungen des Bündnisses.',
	'privacy.title': 'Datenschutzerklärung'
};
