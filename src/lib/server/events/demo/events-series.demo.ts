import { at, onOrAfter, type DemoDates, type DemoEvent } from './events-dates.demo.ts';

/** The demo's regular dates: weekly and monthly series, courses. */
export function seriesEvents(d: DemoDates): DemoEvent[] {
	const { start, inMonth, cafeStart, reading, babyStart, parentCourse, today } = d;
	return [
		{
			title: 'Elterncafé im Familienzentrum',
			summary:
				'Offener Treff für Mütter, Väter und alle, die kleine Kinder begleiten – mit Kaffee, Tee und Spielecke.',
			description:
				'<p>Jeden Mittwochvormittag ist unser Elterncafé geöffnet. Sie können einfach vorbeikommen, andere Eltern kennenlernen und Fragen rund um Schlaf, Essen und Kita loswerden. Eine Fachkraft des Familienzentrums ist immer dabei.</p><p>Kinder bis drei Jahre sind herzlich willkommen – es gibt eine Spielecke und einen Wickelraum.</p>',
			start: at(cafeStart, '09:30'),
			end: at(cafeStart, '11:30'),
			rrule: 'FREQ=WEEKLY;BYDAY=WE',
			// Closed between the years.
			exdates: [at(onOrAfter(`${Number(today.slice(0, 4))}-12-24`, 3), '09:30')],
			place: 'hafen',
			partner: 'Familienzentrum Am Hafen',
			groups: ['0-3', 'parents'],
			topics: ['familienzeit', 'teilhabe'],
			accessibility: 'Stufenloser Zugang, Wickelraum, Platz für Kinderwagen.',
			languages: ['de', 'tr', 'ar'],
			contact: {
				name: 'Aylin Demir',
				email: 'familienzentrum@musterstadt.example',
				phone: '0123 456 21-0'
			}
		},
		{
			title: 'Pflege-Sprechstunde',
			summary: 'Beratung für Angehörige: Pflegegrad, Entlastung, Pflege und Beruf vereinbaren.',
			description:
				'<p>Sie pflegen einen Angehörigen oder es steht bald an? In der Sprechstunde beraten wir Sie vertraulich und kostenlos: Welche Leistungen gibt es, wie beantrage ich einen Pflegegrad, was hilft mir im Alltag und im Beruf?</p><p>Eine Anmeldung ist nicht nötig.</p>',
			start: at(inMonth(-2, 2, 2), '16:00'),
			end: at(inMonth(-2, 2, 2), '18:00'),
			rrule: 'FREQ=MONTHLY;BYDAY=2TU',
			place: 'rathaus',
			partner: 'Pflegedienst Hand in Hand',
			groups: ['parents', 'grandparents'],
			topics: ['vereinbarkeit'],
			accessibility: 'Aufzug im Rathaus, barrierefreie Toilette im Erdgeschoss.',
			contact: {
				name: 'Pflegedienst Hand in Hand',
				email: 'beratung@handinhand.example',
				phone: '0123 456 33-0'
			}
		},
		{
			title: 'Offene Sprechstunde der Erziehungsberatung',
			summary: 'Wenn es zu Hause hakt: vertrauliche Beratung ohne Termin und ohne Wartezeit.',
			description:
				'<p>Trotzphase, Geschwisterstreit, Schulfrust oder Trennung: Die Fachkräfte der Erziehungsberatung hören zu und suchen mit Ihnen nach Wegen. Die Beratung ist kostenlos, vertraulich und auf Wunsch anonym.</p>',
			start: at(inMonth(-2, 2, 2), '09:00'),
			end: at(inMonth(-2, 2, 2), '11:00'),
			rrule: 'FREQ=MONTHLY;BYDAY=2TU',
			place: 'hafen',
			partner: 'Diakonisches Werk Musterstadt',
			groups: ['parents'],
			topics: ['teilhabe'],
			languages: ['de', 'en']
		},
		{
			title: 'Vorlesestunde für Kinder',
			summary: 'Bilderbuchkino und Vorlesen für Kinder ab drei Jahren – danach wird gemalt.',
			description:
				'<p>Jeden Samstag liest ein Team von Vorlesepatinnen und -paten aus neuen und alten Lieblingsbüchern vor. Die Bilder sehen alle groß auf der Leinwand.</p>',
			start: at(reading, '11:00'),
			end: at(reading, '11:45'),
			rrule: 'FREQ=WEEKLY;BYDAY=SA',
			place: 'bibliothek',
			partner: 'Stadtbibliothek Musterstadt',
			groups: ['3-6', '6-10'],
			topics: ['familienzeit'],
			accessibility: 'Stufenloser Zugang über den Seiteneingang.'
		},
		{
			title: 'Offener Spielenachmittag',
			summary:
				'Brettspiele, Bauecke und Kuchen: Sonntagnachmittag für Familien mit Kindern jeden Alters.',
			description:
				'<p>Jeden Sonntag öffnet das Mehrgenerationenhaus sein Spielzimmer. Omas, Opas, Eltern und Kinder spielen zusammen – Spiele sind da, eigene dürfen mitgebracht werden.</p>',
			start: at(onOrAfter(start, 0), '15:00'),
			end: at(onOrAfter(start, 0), '17:30'),
			rrule: 'FREQ=WEEKLY;BYDAY=SU',
			place: 'mgh',
			partner: 'Mehrgenerationenhaus Eichenau',
			groups: ['everyone'],
			topics: ['familienzeit'],
			accessibility: 'Stufenloser Zugang, Spielzimmer im Erdgeschoss.'
		},
		{
			title: 'Krabbelgruppe im Gemeindehaus',
			summary:
				'Spielen, singen, andere Eltern treffen – für Babys und Kleinkinder mit ihren Eltern.',
			description:
				'<p>Wir treffen uns jeden Montag im großen Saal. Bitte bringen Sie eine Decke und Hausschuhe mit.</p>',
			start: at(onOrAfter(start, 1), '10:00'),
			end: at(onOrAfter(start, 1), '11:30'),
			rrule: 'FREQ=WEEKLY;BYDAY=MO',
			place: 'gemeinde',
			partner: 'Evangelische Kirchengemeinde Musterstadt-Nord',
			groups: ['0-3', 'parents'],
			topics: ['familienzeit']
		},
		{
			title: 'Väterfrühstück',
			summary: 'Frühstück für Väter und ihre Kinder – Zeit zum Reden, während die Kinder spielen.',
			description:
				'<p>Am letzten Samstag im Monat decken wir den Frühstückstisch für Väter, Opas und Kinder.</p>',
			start: at(inMonth(-2, 6, -1), '10:00'),
			end: at(inMonth(-2, 6, -1), '12:00'),
			rrule: 'FREQ=MONTHLY;BYDAY=-1SA',
			place: 'mgh',
			partner: 'Mehrgenerationenhaus Eichenau',
			groups: ['parents', '0-3', '3-6'],
			topics: ['familienzeit', 'vereinbarkeit'],
			cost: { kind: 'amount', cents: 300, note: 'Kinder frei' }
		},
		{
			title: 'Interkulturelles Familienfrühstück',
			summary: 'Jede Familie bringt etwas mit – wir frühstücken gemeinsam und lernen uns kennen.',
			description:
				'<p>Ein Frühstück mit Spezialitäten aus vielen Ländern. Dolmetscherinnen helfen, wo es nötig ist.</p>',
			start: at(inMonth(-1, 0, 1), '10:30'),
			end: at(inMonth(-1, 0, 1), '13:00'),
			rrule: 'FREQ=MONTHLY;BYDAY=1SU',
			place: 'hafen',
			partner: 'DITIB Moscheegemeinde Musterstadt',
			groups: ['everyone'],
			topics: ['teilhabe', 'familienzeit'],
			languages: ['de', 'tr', 'ar', 'uk']
		},
		{
			title: 'Kinderturnen',
			summary:
				'Rollen, klettern, balancieren: Bewegungsstunde für Kinder von vier bis sechs Jahren.',
			description:
				'<p>Schnuppern ist jederzeit möglich. Bitte Turnschuhe oder Stoppersocken mitbringen.</p>',
			start: at(onOrAfter(start, 4), '15:30'),
			end: at(onOrAfter(start, 4), '16:30'),
			rrule: 'FREQ=WEEKLY;BYDAY=TH',
			place: 'turnhalle',
			partner: 'TuS Eichenau 1908 e. V.',
			groups: ['3-6'],
			topics: ['familienzeit'],
			cost: { kind: 'on_request', note: 'Für Mitglieder kostenlos' }
		},
		{
			title: 'Jugendcafé Südfeld',
			summary: 'Treffpunkt für Jugendliche: Kicker, Hausaufgabenhilfe und einfach abhängen.',
			description: '<p>Immer dienstags nach der Schule. Die Jugendsozialarbeit ist vor Ort.</p>',
			start: at(onOrAfter(start, 2), '15:00'),
			end: at(onOrAfter(start, 2), '18:00'),
			rrule: 'FREQ=WEEKLY;BYDAY=TU',
			place: 'schule',
			partner: 'Gesamtschule Südfeld',
			groups: ['10-14', '14-18'],
			topics: ['teilhabe']
		},
		{
			title: 'Babymassage-Kurs',
			summary: 'Sechs Termine für Eltern mit Babys von sechs Wochen bis sechs Monaten.',
			description:
				'<p>Sanfte Massagen, die Babys beruhigen und Eltern Sicherheit geben. Bitte melden Sie sich bei der Hebammenpraxis an.</p>',
			start: at(babyStart, '10:00'),
			end: at(babyStart, '11:00'),
			rrule: 'FREQ=WEEKLY;COUNT=6',
			place: 'hafen',
			partner: 'Hebammenpraxis Nestwärme',
			groups: ['0-3', 'parents'],
			topics: ['familienzeit'],
			cost: { kind: 'amount', cents: 6000, note: 'für alle sechs Termine' },
			contact: { name: 'Hebammenpraxis Nestwärme', email: 'kurse@nestwaerme.example' }
		},
		{
			title: 'Elternkurs „Starke Eltern – starke Kinder“',
			summary: 'Acht Abende, die Mut machen: Erziehung ohne Machtkampf.',
			description:
				'<p>Der Kurs stärkt Eltern im Familienalltag – mit Übungen, Austausch und Ideen für zu Hause.</p>',
			start: at(parentCourse, '19:00'),
			end: at(parentCourse, '21:00'),
			rrule: 'FREQ=WEEKLY;COUNT=8',
			place: 'vhs',
			partner: 'Kinderschutzbund Ortsverband Musterstadt e. V.',
			groups: ['parents'],
			topics: ['teilhabe'],
			cost: { kind: 'on_request', note: 'Ermäßigung mit Familienpass' }
		}
	];
}
