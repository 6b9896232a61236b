import type { site as de } from '../de/site.ts';

export const site: Record<keyof typeof de, string> = {
	'contact.title': 'Write to us',
	'contact.intro':
		'Do you have a question, an idea or a concern? Write to us – we usually answer within a few days.',
	'contact.name': 'Your name',
	'contact.email': 'Email',
	'contact.emailHint': 'We send our answer and a copy of your message there.',
	'contact.subject': 'Subject',
	'contact.message': 'Your message',
	'contact.honeypot': 'Please leave this field empty.',
	'contact.privacy':
		'We use your details only to answer your message and delete them after six months at the latest. More:',
	'contact.send': 'Send message',
	'contact.sent': 'Thank you! Your message has reached us. We have emailed you a copy.',
	'contact.direct': 'How to reach us directly',
	'contact.phone': 'Phone',
	'home.welcome': 'Welcome',
	'home.patron': 'Patron',
	'home.patronPhoto': 'Photo: {name}',
	'home.getInvolved': 'Get involved',
	'home.ctaPartner': 'Become a partner',
	'home.ctaPartnerText': 'Join with your organisation, company or association.',
	'home.ctaDonate': 'Donate',
	'home.ctaDonateText': 'Make activities for families in our town possible.',
	'home.ctaEvent': 'Submit an event',
	'home.ctaEventText': 'Your event for families in our calendar.',
	'home.ctaWrite': 'Write to us',
	'home.ctaWriteText': 'Questions, ideas and concerns – we listen.',
	'home.news': 'News',
	'home.allNews': 'All news',
	'home.events': 'Upcoming events',
	'home.cancelled': 'Cancelled',
	'home.allEvents': 'To the calendar',
	'home.founded': 'Founded {year}',
	'home.alliances': 'Local alliances for families on this platform',
	'home.platformIntro': 'Local alliances for families present themselves here. Choose an alliance:'
};
