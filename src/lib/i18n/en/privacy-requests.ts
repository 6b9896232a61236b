import type { privacyRequests as de } from '../de/privacy-requests.ts';

/** Data protection requests (GDPR Art. 15/17) in the admin area, English. */
export const privacyRequests: Record<keyof typeof de, string> = {
	'privacyRequests.nav': 'Data protection requests',
	'privacyRequests.title': 'Data protection requests',
	'privacyRequests.intro':
		'When someone wants to know what your alliance has stored about them, or asks for it to be deleted, you find everything for an e-mail address here. Only your alliance is searched.',
	'privacyRequests.identity':
		'Please check first that the request really comes from the person – for example by replying to the address.',
	'privacyRequests.search': 'Search data',
	'privacyRequests.email': 'The person’s e-mail address',
	'privacyRequests.found': 'Found for {email}',
	'privacyRequests.nothing': 'Nothing is stored about this address in your alliance.',
	'privacyRequests.export': 'Download the information as a file',
	'privacyRequests.exportHint':
		'The file (JSON) contains everything counted above. You can send it to the person (access under Art. 15 GDPR).',
	'privacyRequests.erase': 'Delete data',
	'privacyRequests.eraseHint':
		'Registrations, concerns, ideas and applications are anonymised: numbers and public content stay, names and contact details go. Messages, working group entries and unconfirmed event suggestions are deleted. An account loses its membership in your alliance; the account itself belongs to the whole installation and only its operator can delete it.',
	'privacyRequests.confirm':
		'Yes, the person asked for deletion and I have checked that the request comes from them.',
	'privacyRequests.eraseButton': 'Delete for good',
	'privacyRequests.erased':
		'Done: {count} entries were deleted or anonymised. The request is recorded in the log.',
	'privacyRequests.error.confirm': 'Please confirm the deletion with the tick box.',
	'privacyRequests.error.lastCoordinator':
		'This person is the only coordinator. Please make someone else a coordinator first – then the deletion will work.',
	'privacyRequests.log': 'Past requests',
	'privacyRequests.logIntro':
		'This shows when information was given or data deleted. We do not store the address itself, only a checksum and the number of entries.',
	'privacyRequests.logEmpty': 'There have been no requests yet.',
	'privacyRequests.action.export': 'Information',
	'privacyRequests.action.erase': 'Deletion',
	'privacyRequests.retention': 'How long we keep data',
	'privacyRequests.retentionIntro':
		'These periods apply to all alliances of this installation; some can be changed in the settings.',
	'privacyRequests.retentionWhat': 'What',
	'privacyRequests.retentionPeriod': 'How long',
	'privacyRequests.retentionWhere': 'Enforced in',
	'privacyRequests.source.account': 'Membership in the alliance',
	'privacyRequests.source.registrations': 'Event registrations',
	'privacyRequests.source.submittedEvents': 'Suggested events',
	'privacyRequests.source.pendingSubmissions': 'Unconfirmed event suggestions',
	'privacyRequests.source.partnerApplications': 'Partner applications',
	'privacyRequests.source.partnerContacts': 'Contact person of a partner',
	'privacyRequests.source.partnerContactLinks': 'Access for a partner',
	'privacyRequests.source.concerns': 'Concerns',
	'privacyRequests.source.ideas': 'Submitted ideas',
	'privacyRequests.source.ideaSupports': 'Supported ideas',
	'privacyRequests.source.workingGroups': 'Working groups',
	'privacyRequests.source.plenumMails': 'Plenum invitations',
	'privacyRequests.source.contactMessages': 'Contact form messages',
	'privacyRequests.retention.registrations.what': 'Event registrations',
	'privacyRequests.retention.registrations.period':
		'Anonymised {days} days after the event (adjustable per event or alliance)',
	'privacyRequests.retention.submissions.what': 'Event suggestions from visitors',
	'privacyRequests.retention.submissions.period':
		'Unconfirmed ones deleted after {hours} hours; name and address on the event removed after {days} days',
	'privacyRequests.retention.concerns.what': 'Concerns from families',
	'privacyRequests.retention.concerns.period':
		'Anonymised {months} months after closing (adjustable per alliance)',
	'privacyRequests.retention.sessions.what': 'Sign-ins to the admin area (sessions)',
	'privacyRequests.retention.sessions.period': 'Expire after {days} days',
	'privacyRequests.retention.rateLimits.what':
		'Protection against too many attempts (checksums only)',
	'privacyRequests.retention.rateLimits.period': 'Deleted after {days} day',
	'privacyRequests.retention.jobs.what': 'Background tasks (e.g. sending mail)',
	'privacyRequests.retention.jobs.period':
		'Finished ones deleted after {days} days, failed ones after {failedDays} days',
	'privacyRequests.retention.ideas.what': 'Ideas and supports',
	'privacyRequests.retention.ideas.period':
		'Deleted after {hours} hours if unconfirmed; otherwise as long as the idea exists, anonymised at once on request',
	'privacyRequests.retention.partnerApplications.what': 'Partner applications',
	'privacyRequests.retention.partnerApplications.period':
		'As long as the partnership lasts; anonymised at once on request',
	'privacyRequests.retention.workingGroups.what': 'Working group members',
	'privacyRequests.retention.workingGroups.period':
		'As long as the person takes part; deleted at once on request',
	'privacyRequests.retention.accounts.what': 'Accounts and memberships',
	'privacyRequests.retention.accounts.period': 'Until the person leaves or asks for deletion',
	'privacyRequests.retention.plenumMails.what':
		'Plenum invitations and reminders (who got which mail, further addresses)',
	'privacyRequests.retention.plenumMails.period': 'Deleted {days} days after the plenum',
	'privacyRequests.retention.privacyRequests.what': 'Log of data protection requests',
	'privacyRequests.retention.privacyRequests.period':
		'Kept as proof – without the address, only a checksum and the number of entries'
};
