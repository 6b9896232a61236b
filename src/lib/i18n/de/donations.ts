/** Donation purposes (German); the page's older strings are in partners.ts (donate.*). */
export const donations = {
	'donate.purposes': 'Wofür Sie spenden können',
	'donate.purposesIntro':
		'Jeder Zweck hat seinen eigenen Verwendungszweck und GiroCode. So kommt Ihre Spende genau dort an, wo Sie sie haben möchten.',
	'donate.goal': 'Ziel: {goal}',
	'donate.goalReached': '{raised} von {goal} erreicht',
	'donate.progress': 'Spendenstand',
	'donate.remittance': 'Verwendungszweck',
	'donate.purposeGirocodeAlt': 'GiroCode für eine Spende „{title}“ an {holder}',
	'donate.done': 'Ich habe überwiesen',
	'donate.thanks.title': 'Herzlichen Dank!',
	'donate.thanks.default':
		'Vielen Dank für Ihre Spende. Sie hilft Familien in unserer Stadt ganz direkt. Wenn Sie eine Spendenquittung brauchen, schreiben Sie uns gern.',
	'donate.thanks.back': 'Zurück zur Spendenseite',
	'donate.thanks.note':
		'Wir erfahren von Ihrer Spende erst über den Kontoauszug – diese Seite speichert nichts über Sie.',
	'donate.admin.nav': 'Spendenzwecke',
	'donate.admin.title': 'Spendenzwecke',
	'donate.admin.intro':
		'Legen Sie fest, wofür Menschen spenden können. Jeder Zweck bekommt auf der Spendenseite einen eigenen GiroCode mit seinem Verwendungszweck. Ohne Zwecke zeigt die Seite nur die Bankverbindung aus dem Profil.',
	'donate.admin.none': 'Noch keine Spendenzwecke angelegt.',
	'donate.admin.new': 'Neuer Spendenzweck',
	'donate.admin.edit': 'Spendenzweck bearbeiten',
	'donate.admin.hidden': 'nicht veröffentlicht',
	'donate.admin.field.title': 'Titel',
	'donate.admin.field.body': 'Beschreibung',
	'donate.admin.field.goal': 'Spendenziel in Euro (freiwillig)',
	'donate.admin.field.goalHint':
		'Zum Beispiel 1.500 oder 250,50. Leer lassen, wenn es kein Ziel gibt.',
	'donate.admin.field.raised': 'Bisher erreicht in Euro (freiwillig)',
	'donate.admin.field.raisedHint':
		'Tragen Sie den Stand vom Kontoauszug ein; die Plattform zählt nichts selbst.',
	'donate.admin.field.remittance': 'Verwendungszweck für die Überweisung',
	'donate.admin.field.remittanceHint': 'Steht im GiroCode; höchstens 140 Zeichen.',
	'donate.admin.field.thanks': 'Dankeschön-Text',
	'donate.admin.field.thanksHint':
		'Erscheint, wenn jemand „Ich habe überwiesen“ anklickt. Leer lassen für einen allgemeinen Dank.',
	'donate.admin.field.position': 'Reihenfolge',
	'donate.admin.field.published': 'Auf der Spendenseite zeigen',
	'donate.admin.created': 'Der Spendenzweck ist angelegt.',
	'donate.admin.saved': 'Der Spendenzweck ist gespeichert.',
	'donate.admin.deleted': 'Der Spendenzweck ist gelöscht.',
	'donate.admin.delete': 'Spendenzweck löschen',
	'donate.admin.back': 'Zurück zu den Spendenzwecken',
	'donate.admin.noBank':
		'Im Profil fehlt noch eine gültige Bankverbindung. Ohne sie zeigt die Spendenseite keine GiroCodes.',
	'donate.error.amount':
		'Bitte geben Sie einen Betrag in Euro ein, zum Beispiel 1.500 oder 250,50.',
	'donate.error.raisedWithoutGoal': 'Ein erreichter Betrag braucht ein Spendenziel.'
};
