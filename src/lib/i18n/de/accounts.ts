/** Accounts: sign-in, password, sign-in link, invitations, people (German). */
export const accounts = {
	'accounts.role.coordinator': 'Koordination',
	'accounts.role.editor': 'Redaktion',
	'accounts.role.partner': 'Bündnispartner',
	'accounts.role.coordinatorHint':
		'Kann alles: Inhalte, Profil & Farben, Personen und Nachrichten.',
	'accounts.role.editorHint': 'Pflegt Seiten, Neuigkeiten und Dokumente.',
	'accounts.field.email': 'E-Mail-Adresse',
	'accounts.field.password': 'Passwort',
	'accounts.field.newPassword': 'Neues Passwort',
	'accounts.field.passwordRepeat': 'Passwort wiederholen',
	'accounts.field.passwordHint': 'Mindestens 10 Zeichen. Ein ganzer Satz ist leicht zu merken.',
	'accounts.field.name': 'Ihr Name',
	'accounts.field.nameHint': 'So sehen die anderen im Team, wer etwas geändert hat.',
	'accounts.field.role': 'Rolle',

	'accounts.signIn.title': 'Anmelden',
	'accounts.signIn.intro': 'Hier melden sich Koordination, Redaktion und Bündnispartner an.',
	'accounts.signIn.submit': 'Anmelden',
	'accounts.signIn.useLink':
		'Für diese E-Mail-Adresse gab es gerade sehr viele falsche Anmeldeversuche von anderen Geräten. Zu Ihrem Schutz geht es hier eine Viertelstunde lang nur mit dem Anmeldelink per E-Mail weiter (unten auf dieser Seite) – oder auf einem Gerät, mit dem Sie sich schon einmal angemeldet haben.',
	'accounts.signIn.failed':
		'Die E-Mail-Adresse oder das Passwort stimmt nicht. Bitte versuchen Sie es noch einmal.',
	'accounts.signIn.forgot': 'Passwort vergessen?',
	'accounts.signIn.passwordChanged':
		'Ihr neues Passwort ist gespeichert. Sie können sich jetzt damit anmelden.',
	'accounts.signIn.signedOut': 'Sie sind abgemeldet. Bis bald!',
	'accounts.signIn.noAccount':
		'Noch kein Zugang? Zugänge vergibt das Koordinierungsteam Ihres Bündnisses per Einladung.',

	'accounts.link.heading': 'Lieber ohne Passwort?',
	'accounts.link.intro':
		'Wir schicken Ihnen einen Anmeldelink per E-Mail. Er gilt 15 Minuten und nur einmal.',
	'accounts.link.submit': 'Anmeldelink per E-Mail',
	'accounts.link.sent':
		'Falls zu dieser Adresse ein Zugang besteht, ist ein Anmeldelink unterwegs. Bitte schauen Sie in Ihr Postfach (auch in den Spam-Ordner).',
	'accounts.link.title': 'Mit Anmeldelink anmelden',
	'accounts.link.confirm': 'Klicken Sie auf „Jetzt anmelden“, um sich anzumelden.',
	'accounts.link.confirmSubmit': 'Jetzt anmelden',
	'accounts.link.invalid':
		'Dieser Anmeldelink ist abgelaufen oder wurde schon benutzt. Fordern Sie einfach einen neuen an.',
	'accounts.link.missing':
		'Der Link ist unvollständig. Bitte öffnen Sie ihn direkt aus der E-Mail.',
	'accounts.link.requestNew': 'Neuen Anmeldelink anfordern',

	'accounts.reset.title': 'Passwort vergessen',
	'accounts.reset.intro':
		'Geben Sie die E-Mail-Adresse Ihres Zugangs an. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.',
	'accounts.reset.submit': 'Link zuschicken',
	'accounts.reset.sent':
		'Falls zu dieser Adresse ein Zugang besteht, haben wir eine E-Mail mit einem Link geschickt. Er gilt eine Stunde.',
	'accounts.reset.backToSignIn': 'Zurück zur Anmeldung',
	'accounts.newPassword.title': 'Neues Passwort festlegen',
	'accounts.newPassword.intro':
		'Wählen Sie ein neues Passwort. Danach sind Sie auf allen Geräten abgemeldet und melden sich mit dem neuen Passwort wieder an.',
	'accounts.newPassword.submit': 'Passwort speichern',
	'accounts.newPassword.invalidLink':
		'Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie bitte einen neuen an.',

	'accounts.invitation.title': 'Einladung',
	'accounts.invitation.intro': 'Sie sind eingeladen, bei „{alliance}“ mitzuarbeiten – {role}.',
	'accounts.invitation.as.coordinator': 'in der Koordination',
	'accounts.invitation.as.editor': 'in der Redaktion',
	'accounts.invitation.as.partner': 'als Ansprechperson eines Bündnispartners',
	'accounts.invitation.forEmail': 'Die Einladung gilt für {email}.',
	'accounts.invitation.createIntro':
		'Legen Sie nur noch Ihren Namen und ein Passwort fest – dann geht es direkt los.',
	'accounts.invitation.createSubmit': 'Zugang anlegen und loslegen',
	'accounts.invitation.signInFirst':
		'Zu dieser Adresse gibt es schon einen Zugang. Bitte melden Sie sich an; danach nehmen Sie die Einladung mit einem Klick an.',
	'accounts.invitation.signInButton': 'Anmelden und Einladung annehmen',
	'accounts.invitation.acceptIntro': 'Sie sind als {name} angemeldet.',
	'accounts.invitation.acceptSubmit': 'Einladung annehmen',
	'accounts.invitation.otherAccount':
		'Sie sind gerade als {email} angemeldet, die Einladung gilt aber für eine andere Adresse. Bitte melden Sie sich ab und öffnen Sie den Link noch einmal.',
	'accounts.invitation.signOut': 'Abmelden',
	'accounts.invitation.pending': 'Diese Einladung ist noch offen.',
	'accounts.invitation.expired':
		'Diese Einladung ist abgelaufen (Einladungen gelten sieben Tage). Bitten Sie das Koordinierungsteam um eine neue.',
	'accounts.invitation.accepted':
		'Diese Einladung wurde schon angenommen. Melden Sie sich einfach an.',
	'accounts.invitation.canceled':
		'Diese Einladung gilt nicht mehr – sie wurde zurückgezogen oder durch eine neuere ersetzt. Schauen Sie bitte nach einer neueren E-Mail oder fragen Sie das Koordinierungsteam.',
	'accounts.invitation.missing':
		'Diese Einladung gibt es nicht. Bitte prüfen Sie, ob der Link vollständig ist.',
	'accounts.invitation.welcome': 'Willkommen im Team! Schön, dass Sie dabei sind.',

	'accounts.people.title': 'Personen',
	'accounts.people.intro':
		'Wer die Website mitpflegt. Neue Personen laden Sie per E-Mail ein; sie legen ihr Passwort selbst fest.',
	'accounts.people.members': 'Team',
	'accounts.people.name': 'Name',
	'accounts.people.since': 'Dabei seit',
	'accounts.people.actions': 'Aktionen',
	'accounts.people.you': '(Sie)',
	'accounts.people.changeRole': 'Rolle ändern',
	'accounts.people.changeRoleOf': 'Rolle von {name}',
	'accounts.people.saveRole': 'Rolle speichern',
	'accounts.people.remove': 'Entfernen',
	'accounts.people.removeOf': '{name} aus dem Team entfernen',
	'accounts.people.removeConfirm':
		'Ja, {name} entfernen. Der Zugang bleibt bestehen, aber ohne Rechte in diesem Bündnis.',
	'accounts.people.removed': 'Die Person wurde aus dem Team entfernt.',
	'accounts.people.roleChanged': 'Die Rolle wurde geändert.',
	'accounts.people.invite': 'Person einladen',
	'accounts.people.inviteIntro':
		'Die Person bekommt eine E-Mail mit einem Link, der sieben Tage gilt.',
	'accounts.people.inviteSubmit': 'Einladung verschicken',
	'accounts.people.invited': 'Die Einladung an {email} ist verschickt.',
	'accounts.people.pending': 'Offene Einladungen',
	'accounts.people.noPending': 'Keine offenen Einladungen.',
	'accounts.people.validUntil': 'gültig bis',
	'accounts.people.expiredBadge': 'abgelaufen',
	'accounts.people.cancel': 'Zurückziehen',
	'accounts.people.cancelOf': 'Einladung an {email} zurückziehen',
	'accounts.people.canceled': 'Die Einladung wurde zurückgezogen.',
	'accounts.people.resend': 'Erneut senden',
	'accounts.people.resendOf': 'Einladung an {email} erneut senden',

	'accounts.error.passwordMismatch': 'Die beiden Passwörter stimmen nicht überein.',
	'accounts.error.role': 'Bitte wählen Sie eine Rolle.',
	'accounts.error.alreadyMember': 'Diese Person gehört schon zum Team.',
	'accounts.error.alreadyMemberSelf': 'Sie gehören schon zum Team dieses Bündnisses.',
	'accounts.error.invitationLimit':
		'Es sind zu viele Einladungen offen. Ziehen Sie bitte alte Einladungen zurück.',
	'accounts.error.inviteFailed': 'Die Einladung konnte nicht angelegt werden.',
	'accounts.error.mailFailed':
		'Die E-Mail konnte gerade nicht verschickt werden. Bitte versuchen Sie es später noch einmal.',
	'accounts.error.invitationNotFound': 'Diese Einladung gibt es nicht (mehr).',
	'accounts.error.accountExists':
		'Zu dieser Adresse gibt es schon einen Zugang. Bitte melden Sie sich zuerst an.',
	'accounts.error.signUpFailed':
		'Der Zugang konnte nicht angelegt werden. Bitte prüfen Sie Ihre Angaben.',
	'accounts.error.otherRecipient': 'Diese Einladung gilt für eine andere E-Mail-Adresse.',
	'accounts.error.memberNotFound': 'Diese Person gehört nicht (mehr) zum Team.',
	'accounts.error.lastCoordinator':
		'Das geht nicht: Ein Bündnis braucht mindestens eine Person in der Koordination. Geben Sie zuerst jemand anderem diese Rolle.'
};
