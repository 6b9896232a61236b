/** Public site strings owned by the lead: home and contact (German). */
export const site = {
	'contact.title': 'Schreiben Sie uns',
	'contact.intro':
		'Sie haben eine Frage, eine Idee oder ein Anliegen? Schreiben Sie uns – wir antworten in der Regel innerhalb weniger Tage.',
	'contact.name': 'Ihr Name',
	'contact.email': 'E-Mail',
	'contact.emailHint': 'Dorthin schicken wir unsere Antwort und eine Kopie Ihrer Nachricht.',
	'contact.subject': 'Betreff',
	'contact.message': 'Ihre Nachricht',
	'contact.honeypot': 'Bitte lassen Sie dieses Feld leer.',
	'contact.privacy':
		'Wir verwenden Ihre Angaben nur, um Ihre Nachricht zu beantworten, und löschen sie spätestens nach sechs Monaten. Mehr dazu:',
	'contact.send': 'Nachricht senden',
	'contact.sent':
		'Vielen Dank! Ihre Nachricht ist bei uns angekommen. Eine Kopie haben wir Ihnen per E-Mail geschickt.',
	'contact.direct': 'So erreichen Sie uns direkt',
	'contact.phone': 'Telefon',
	'home.welcome': 'Willkommen',
	'home.patron': 'Schirmherrschaft',
	'home.patronPhoto': 'Foto: {name}',
	'home.getInvolved': 'Machen Sie mit',
	'home.ctaPartner': 'Bündnispartner werden',
	'home.ctaPartnerText': 'Mit Ihrer Einrichtung, Ihrem Betrieb oder Verein dabei sein.',
	'home.ctaDonate': 'Spenden',
	'home.ctaDonateText': 'Aktionen für Familien in unserer Stadt möglich machen.',
	'home.ctaEvent': 'Termin melden',
	'home.ctaEventText': 'Ihre Veranstaltung für Familien in unserem Kalender.',
	'home.ctaWrite': 'Schreiben Sie uns',
	'home.ctaWriteText': 'Fragen, Ideen und Anliegen – wir hören zu.',
	'home.news': 'Neuigkeiten',
	'home.allNews': 'Alle Neuigkeiten',
	'home.events': 'Die nächsten Termine',
	'home.cancelled': 'Fällt aus',
	'home.allEvents': 'Zum Terminkalender',
	'home.founded': 'Gegründet {year}',
	'home.alliances': 'Lokale Bündnisse für Familie auf dieser Plattform',
	'home.platformIntro':
		'Auf dieser Plattform stellen sich Lokale Bündnisse für Familie vor. Wählen Sie ein Bündnis:'
};
