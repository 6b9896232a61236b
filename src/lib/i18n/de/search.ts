/** Site search (German). */
export const search = {
	'search.title': 'Suche',
	'search.headerLabel': 'Website durchsuchen',
	'search.label': 'Wonach suchen Sie?',
	'search.hint': 'Zum Beispiel „Krabbelgruppe“, „Beratung“ oder „Ferien“.',
	'search.submit': 'Suchen',
	'search.intro':
		'Die Suche findet Angebote, Termine, Seiten, Neuigkeiten, Bündnispartner, Projekte, Themen, Arbeitsgruppen und Dokumente.',
	'search.count': '{count} Treffer für „{query}“',
	'search.countOne': '1 Treffer für „{query}“',
	'search.none':
		'Zu „{query}“ haben wir leider nichts gefunden. Versuchen Sie ein anderes oder ein kürzeres Wort – oder schreiben Sie uns, wir helfen gern weiter.',
	'search.noWords': 'Bitte geben Sie ein Wort ein, nach dem wir suchen sollen.',
	'search.contact': 'Zum Kontaktformular',
	'search.kind.offer': 'Angebote für Familien',
	'search.kind.event': 'Termine',
	'search.kind.page': 'Seiten',
	'search.kind.news': 'Neuigkeiten',
	'search.kind.partner': 'Bündnispartner',
	'search.kind.project': 'Projekte',
	'search.kind.topic': 'Themen',
	'search.kind.group': 'Arbeitsgruppen',
	'search.kind.document': 'Dokumente'
};
