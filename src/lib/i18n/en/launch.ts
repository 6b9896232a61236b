import type { launch as de } from '../de/launch.ts';

/** A new alliance going public (holding page, go-live checklist) and the operator deleting one (English). */
export const launch: Record<keyof typeof de, string> = {
	'launch.platform.notLive': 'Not public yet',
	'launch.platform.delete': 'Delete alliance',
	'launch.platform.deleteWarning':
		'This deletes “{name}” for good: all pages, events, partners, registrations, messages and uploaded files. It cannot be undone.',
	'launch.platform.deleteConfirm': 'To confirm, type the short address “{slug}”',
	'launch.platform.deleteSubmit': 'Delete for good',
	'launch.platform.deleted': '“{name}” has been deleted.',
	'launch.platform.error.confirm':
		'The short address does not match. To be safe, nothing was deleted.',

	'launch.holding.title': 'Our new website is on its way',
	'launch.holding.lead':
		'We are setting up our website. Please come back soon – you will find events, services and contacts for families here.',
	'launch.holding.contact': 'Would you like to reach us now?',
	'launch.holding.email': 'Write to us: ',
	'launch.holding.team': 'Part of the alliance team?',
	'launch.holding.signIn': 'Sign in',

	'launch.banner': 'This website is not public yet: visitors see a holding page.',
	'launch.banner.link': 'Go to the publishing checklist',

	'launch.admin.nav': 'Go live',
	'launch.admin.title': 'Publish the website',
	'launch.admin.intro':
		'Visitors still see only a holding page with your name and the imprint. You and your team already see the whole site. Work through the points; once the required ones are done, publish the website.',
	'launch.admin.liveSince': 'Your website has been public since {date}.',
	'launch.admin.done': 'Done',
	'launch.admin.open': 'Open',
	'launch.admin.recommended': 'Recommended',
	'launch.check.imprint': 'Imprint complete',
	'launch.check.imprintHint':
		'Enter the provider, address, e-mail or phone and the person responsible for the content in the settings.',
	'launch.check.contact': 'Contact e-mail address given',
	'launch.check.contactHint':
		'Messages from the contact form go to this address; it is also shown on the holding page.',
	'launch.check.logo': 'Logo uploaded',
	'launch.check.logoHint':
		'Your logo appears at the top of every page. Without one, the alliance’s name is shown.',
	'launch.check.privacy': 'Privacy policy reviewed',
	'launch.check.privacyHint':
		'We wrote it from the functions your alliance uses. Read it, add what is missing (e.g. data protection officer, supervisory authority) and then confirm it.',
	'launch.check.privacyUses': 'Covered: {list}.',
	'launch.admin.toSettings': 'Go to the settings',
	'launch.admin.viewPrivacy': 'Read the privacy policy',
	'launch.admin.editPrivacy': 'Edit the privacy policy',
	'launch.admin.regenerate': 'Write it again from the functions in use',
	'launch.admin.regenerated': 'The privacy policy has been rewritten. Please read and confirm it.',
	'launch.admin.confirmPrivacy': 'I have read the privacy policy; it is correct',
	'launch.admin.privacyConfirmed': 'Thank you – the privacy policy is marked as reviewed.',
	'launch.admin.goLive': 'Publish the website now',
	'launch.admin.wentLive': 'Your website is now public. Congratulations!',
	'launch.error.notReady': 'Please finish the open required points first.',

	'launch.feature.contact': 'contact form',
	'launch.feature.accounts': 'user accounts',
	'launch.feature.registrations': 'event registrations',
	'launch.feature.submissions': 'suggesting events',
	'launch.feature.applications': 'becoming a partner',
	'launch.feature.ideas': 'ideas board',
	'launch.feature.surveys': 'surveys',
	'launch.feature.uploads': 'images and documents',
	'launch.feature.newsletter': 'newsletter',
	'launch.feature.import': 'calendar import'
};
