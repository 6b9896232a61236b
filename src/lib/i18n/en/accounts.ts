import type { accounts as de } from '../de/accounts.ts';

/** Accounts: sign-in, password, sign-in link, invitations, people (English). */
export const accounts: Record<keyof typeof de, string> = {
	'accounts.role.coordinator': 'Coordination',
	'accounts.role.editor': 'Editorial team',
	'accounts.role.partner': 'Alliance partner',
	'accounts.role.coordinatorHint':
		'Can do everything: content, profile & colours, people and messages.',
	'accounts.role.editorHint': 'Looks after pages, news and documents.',
	'accounts.field.email': 'Email address',
	'accounts.field.password': 'Password',
	'accounts.field.newPassword': 'New password',
	'accounts.field.passwordRepeat': 'Repeat password',
	'accounts.field.passwordHint': 'At least 10 characters. A whole sentence is easy to remember.',
	'accounts.field.name': 'Your name',
	'accounts.field.nameHint': 'This is how the others in the team see who changed something.',
	'accounts.field.role': 'Role',

	'accounts.signIn.title': 'Sign in',
	'accounts.signIn.intro': 'Coordinators, editors and alliance partners sign in here.',
	'accounts.signIn.submit': 'Sign in',
	'accounts.signIn.useLink':
		'There have just been very many wrong sign-in attempts for this email address from other devices. To protect you, for the next quarter of an hour please use the sign-in link by email (further down this page) – or a device you have signed in with before.',
	'accounts.signIn.failed': 'The email address or the password is not correct. Please try again.',
	'accounts.signIn.forgot': 'Forgotten your password?',
	'accounts.signIn.passwordChanged': 'Your new password is saved. You can sign in with it now.',
	'accounts.signIn.signedOut': 'You have signed out. See you soon!',
	'accounts.signIn.noAccount':
		'No access yet? The coordination team of your alliance gives access by invitation.',

	'accounts.link.heading': 'Rather without a password?',
	'accounts.link.intro':
		'We send you a sign-in link by email. It works for 15 minutes and only once.',
	'accounts.link.submit': 'Email me a sign-in link',
	'accounts.link.sent':
		'If there is an account for this address, a sign-in link is on its way. Please check your inbox (and your spam folder).',
	'accounts.link.title': 'Sign in with a link',
	'accounts.link.confirm': 'Click “Sign in now” to sign in.',
	'accounts.link.confirmSubmit': 'Sign in now',
	'accounts.link.invalid':
		'This sign-in link has expired or has already been used. Simply ask for a new one.',
	'accounts.link.missing': 'The link is incomplete. Please open it directly from the email.',
	'accounts.link.requestNew': 'Ask for a new sign-in link',

	'accounts.reset.title': 'Forgotten password',
	'accounts.reset.intro':
		'Enter the email address of your account. We will send you a link to set a new password.',
	'accounts.reset.submit': 'Send me the link',
	'accounts.reset.sent':
		'If there is an account for this address, we have sent an email with a link. It works for one hour.',
	'accounts.reset.backToSignIn': 'Back to sign-in',
	'accounts.newPassword.title': 'Set a new password',
	'accounts.newPassword.intro':
		'Choose a new password. You will then be signed out on all devices and sign in again with the new password.',
	'accounts.newPassword.submit': 'Save password',
	'accounts.newPassword.invalidLink':
		'This link has expired or has already been used. Please ask for a new one.',

	'accounts.invitation.title': 'Invitation',
	'accounts.invitation.intro': 'You are invited to work with “{alliance}” – {role}.',
	'accounts.invitation.as.coordinator': 'in the coordination team',
	'accounts.invitation.as.editor': 'in the editorial team',
	'accounts.invitation.as.partner': 'as a contact person of an alliance partner',
	'accounts.invitation.forEmail': 'The invitation is for {email}.',
	'accounts.invitation.createIntro':
		'Just choose your name and a password – then you can get started right away.',
	'accounts.invitation.createSubmit': 'Create access and get started',
	'accounts.invitation.signInFirst':
		'There is already an account for this address. Please sign in; then accept the invitation with one click.',
	'accounts.invitation.signInButton': 'Sign in and accept the invitation',
	'accounts.invitation.acceptIntro': 'You are signed in as {name}.',
	'accounts.invitation.acceptSubmit': 'Accept invitation',
	'accounts.invitation.otherAccount':
		'You are signed in as {email}, but the invitation is for another address. Please sign out and open the link again.',
	'accounts.invitation.signOut': 'Sign out',
	'accounts.invitation.pending': 'This invitation is still open.',
	'accounts.invitation.expired':
		'This invitation has expired (invitations are valid for seven days). Please ask the coordination team for a new one.',
	'accounts.invitation.accepted': 'This invitation has already been accepted. Simply sign in.',
	'accounts.invitation.canceled':
		'This invitation is no longer valid – it was withdrawn or replaced by a newer one. Please look for a newer email or ask the coordination team.',
	'accounts.invitation.missing':
		'This invitation does not exist. Please check that the link is complete.',
	'accounts.invitation.welcome': 'Welcome to the team! Good to have you with us.',

	'accounts.people.title': 'People',
	'accounts.people.intro':
		'Who helps look after the website. Invite new people by email; they choose their own password.',
	'accounts.people.members': 'Team',
	'accounts.people.name': 'Name',
	'accounts.people.since': 'Member since',
	'accounts.people.actions': 'Actions',
	'accounts.people.you': '(you)',
	'accounts.people.changeRole': 'Change role',
	'accounts.people.changeRoleOf': 'Role of {name}',
	'accounts.people.saveRole': 'Save role',
	'accounts.people.remove': 'Remove',
	'accounts.people.removeOf': 'Remove {name} from the team',
	'accounts.people.removeConfirm':
		'Yes, remove {name}. The account remains, but without rights in this alliance.',
	'accounts.people.removed': 'The person has been removed from the team.',
	'accounts.people.roleChanged': 'The role has been changed.',
	'accounts.people.invite': 'Invite someone',
	'accounts.people.inviteIntro': 'The person receives an email with a link valid for seven days.',
	'accounts.people.inviteSubmit': 'Send invitation',
	'accounts.people.invited': 'The invitation to {email} has been sent.',
	'accounts.people.pending': 'Open invitations',
	'accounts.people.noPending': 'No open invitations.',
	'accounts.people.validUntil': 'valid until',
	'accounts.people.expiredBadge': 'expired',
	'accounts.people.cancel': 'Withdraw',
	'accounts.people.cancelOf': 'Withdraw the invitation to {email}',
	'accounts.people.canceled': 'The invitation has been withdrawn.',
	'accounts.people.resend': 'Send again',
	'accounts.people.resendOf': 'Send the invitation to {email} again',

	'accounts.error.passwordMismatch': 'The two passwords do not match.',
	'accounts.error.role': 'Please choose a role.',
	'accounts.error.alreadyMember': 'This person is already part of the team.',
	'accounts.error.alreadyMemberSelf': 'You are already part of this alliance’s team.',
	'accounts.error.invitationLimit':
		'Too many invitations are open. Please withdraw old invitations.',
	'accounts.error.inviteFailed': 'The invitation could not be created.',
	'accounts.error.mailFailed': 'The email could not be sent just now. Please try again later.',
	'accounts.error.invitationNotFound': 'This invitation does not exist (any more).',
	'accounts.error.accountExists':
		'There is already an account for this address. Please sign in first.',
	'accounts.error.signUpFailed': 'The account could not be created. Please check your entries.',
	'accounts.error.otherRecipient': 'This invitation is for a different email address.',
	'accounts.error.memberNotFound': 'This person is not (or no longer) part of the team.',
	'accounts.error.lastCoordinator':
		'That is not possible: an alliance needs at least one person in coordination. Give someone else this role first.'
};
