import type { MailMessage } from '../mail/mailer.ts';
import { formatWhen } from '../events/core/when.ts';
import type { PlenumMailKind, RecipientSource } from './plenum.table.ts';

/*
 * The plenum's mails: invitation, reminder (one text for those registered, one for those
 * invited who have not registered yet) and the announcement of the minutes. German or English
 * (newsletter subscribers get the language they chose), always with a plain-text part. Mails
 * to newsletter subscribers carry the unsubscribe link and List-Unsubscribe headers as every
 * newsletter does. No tracking: links point straight at their target.
 */

export interface PlenumMailData {
	allianceName: string;
	siteUrl: string;
	replyTo?: string;
	title: string;
	start: string;
	end: string;
	allDay: boolean;
	place: string;
	agenda: readonly string[];
	/** The coordinators' own words above the agenda; a default text when empty */
	intro: string;
	eventUrl: string;
	/** null: the event takes no registrations */
	registrationUrl: string | null;
	/** The minutes' page (announcement only) */
	minutesUrl?: string;
	ics: string | null;
}

export interface PlenumRecipient {
	email: string;
	name: string;
	source: RecipientSource;
	locale: 'de' | 'en';
	/** Newsletter subscribers: their unsubscribe page and one-click address */
	unsubscribe?: { unsubscribePage: string; oneClickUrl: string };
	/** Reminder: registered or only invited */
	variant?: string;
	test?: boolean;
}

function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** "10. Dezember 2026" / "10 December 2026" */
function plenumDate(start: string, locale: 'de' | 'en'): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	}).format(new Date(start));
}

const TEXT = {
	de: {
		hello: (name: string) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
		invitationSubject: (date: string) => `Einladung zum Bündnisplenum am ${date}`,
		reminderSubject: (date: string) => `Erinnerung: Bündnisplenum am ${date}`,
		minutesSubject: (date: string) => `Protokoll des Bündnisplenums vom ${date}`,
		defaultIntro: (alliance: string) =>
			`herzlich laden wir Sie zum Bündnisplenum von ${alliance} ein. Einmal im Jahr kommen alle zusammen, die das Bündnis tragen: Wir berichten, was im vergangenen Jahr gelungen ist, und planen gemeinsam die neuen Aktivitäten. Ihre Erfahrung und Ihre Ideen sind uns dabei wichtig.`,
		reminderRegistered:
			'Sie haben sich zum Bündnisplenum angemeldet – schön, dass Sie dabei sind! Zur Erinnerung noch einmal alles Wichtige:',
		reminderInvited:
			'bald ist es so weit: Das Bündnisplenum steht vor der Tür. Wir haben Sie eingeladen und würden uns sehr freuen, Sie dort zu sehen.',
		minutesIntro: (date: string) =>
			`das Protokoll unseres Bündnisplenums vom ${date} ist fertig. Vielen Dank an alle, die dabei waren und mitgedacht haben!`,
		minutesLink: 'Hier können Sie es lesen:',
		when: 'Wann',
		where: 'Wo',
		agenda: 'Tagesordnung',
		register: 'Bitte melden Sie sich hier an – so können wir gut planen:',
		registerLater: 'Melden Sie sich gern noch an:',
		cancelHint:
			'Falls Sie doch nicht kommen können, melden Sie sich bitte über den Link in Ihrer Anmeldebestätigung ab – dann kann jemand anderes Ihren Platz bekommen.',
		ics: 'Den Termin für Ihren Kalender finden Sie im Anhang.',
		more: 'Mehr zum Termin',
		closing: 'Wir freuen uns auf Sie!',
		regards: 'Herzliche Grüße',
		test: '[Testversand] ',
		footer: {
			subscriber: (a: string) =>
				`Sie erhalten diese Mail, weil Sie den Newsletter von ${a} bestellt haben.`,
			partner: (a: string) => `Sie erhalten diese Mail als Ansprechperson eines Partners von ${a}.`,
			extra: (a: string) =>
				`Sie erhalten diese Mail, weil das Koordinierungsteam von ${a} Sie persönlich einladen möchte. Wenn Sie keine Einladungen mehr wünschen, antworten Sie einfach auf diese Mail.`,
			registered: (a: string) =>
				`Sie erhalten diese Mail, weil Sie sich bei ${a} zum Plenum angemeldet haben.`
		},
		unsubscribe: 'Newsletter abbestellen'
	},
	en: {
		hello: (name: string) => (name ? `Hello ${name},` : 'Hello,'),
		invitationSubject: (date: string) => `Invitation to the alliance plenum on ${date}`,
		reminderSubject: (date: string) => `Reminder: alliance plenum on ${date}`,
		minutesSubject: (date: string) => `Minutes of the alliance plenum of ${date}`,
		defaultIntro: (alliance: string) =>
			`we warmly invite you to the plenum of ${alliance}. Once a year everyone who carries the alliance comes together: we report on what the past year achieved and plan the new activities together. Your experience and ideas matter to us.`,
		reminderRegistered:
			'You have registered for the alliance plenum – great that you are coming! As a reminder, here is everything important once more:',
		reminderInvited:
			'the alliance plenum is coming up soon. We invited you and would be very glad to see you there.',
		minutesIntro: (date: string) =>
			`the minutes of our alliance plenum of ${date} are ready. Many thanks to everyone who took part!`,
		minutesLink: 'You can read them here:',
		when: 'When',
		where: 'Where',
		agenda: 'Agenda',
		register: 'Please register here – it helps us plan:',
		registerLater: 'You are still welcome to register:',
		cancelHint:
			'If you cannot come after all, please cancel with the link in your registration confirmation so that someone else can have your place.',
		ics: 'You will find the date for your calendar attached.',
		more: 'More about the event',
		closing: 'We look forward to seeing you!',
		regards: 'Kind regards',
		test: '[Test] ',
		footer: {
			subscriber: (a: string) =>
				`You receive this mail because you subscribed to the newsletter of ${a}.`,
			partner: (a: string) => `You receive this mail as the contact person of a partner of ${a}.`,
			extra: (a: string) =>
				`You receive this mail because the coordination team of ${a} wants to invite you personally. If you would rather not receive invitations, simply reply to this mail.`,
			registered: (a: string) =>
				`You receive this mail because you registered for the plenum at ${a}.`
		},
		unsubscribe: 'Unsubscribe from the newsletter'
	}
} as const;

/** One mail of the plenum for one address. */
export function plenumMail(
	kind: PlenumMailKind,
	to: PlenumRecipient,
	d: PlenumMailData
): MailMessage {
	const locale = to.locale;
	const t = TEXT[locale];
	const date = plenumDate(d.start, locale);
	const when = formatWhen(d.start, d.end, d.allDay, locale);
	const registered = kind === 'reminder' && to.variant === 'registered';
	const subject =
		(to.test ? t.test : '') +
		(kind === 'invitation'
			? t.invitationSubject(date)
			: kind === 'reminder'
				? t.reminderSubject(date)
				: t.minutesSubject(date));

	const intro =
		kind === 'invitation'
			? d.intro.trim() || t.defaultIntro(d.allianceName)
			: kind === 'reminder'
				? registered
					? t.reminderRegistered
					: t.reminderInvited
				: t.minutesIntro(date);
	const withEvent = kind !== 'minutes';
	const registerLine =
		!withEvent || registered || !d.registrationUrl
			? null
			: kind === 'invitation'
				? t.register
				: t.registerLater;
	const footer =
		t.footer[to.source === 'registered' ? 'registered' : to.source](d.allianceName) +
		(to.unsubscribe ? ` ${t.unsubscribe}: ${to.unsubscribe.unsubscribePage}` : '');

	const lines: string[] = [t.hello(to.name), '', intro, ''];
	if (withEvent) {
		lines.push(`${d.title}`, `${t.when}: ${when}`);
		if (d.place) lines.push(`${t.where}: ${d.place}`);
		lines.push('');
		if (d.agenda.length) {
			lines.push(`${t.agenda}:`, ...d.agenda.map((item, i) => `${i + 1}. ${item}`), '');
		}
		if (registerLine && d.registrationUrl) lines.push(registerLine, d.registrationUrl, '');
		if (registered) lines.push(t.cancelHint, '');
		if (d.ics) lines.push(t.ics);
		lines.push(`${t.more}: ${d.eventUrl}`, '', t.closing);
	} else if (d.minutesUrl) {
		lines.push(t.minutesLink, d.minutesUrl);
	}
	lines.push('', t.regards, d.allianceName, '', '-- ', footer);
	const text = lines.join('\n');

	const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${esc(subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;max-width:40rem;margin:0 auto;padding:1rem;color:#1a1a1a">
<p style="color:#555">${esc(d.allianceName)}</p>
<p>${esc(t.hello(to.name))}</p>
<p>${esc(intro).replace(/\n/g, '<br>')}</p>
${
	withEvent
		? `<h1 style="font-size:1.4rem">${esc(d.title)}</h1>
<p><strong>${t.when}:</strong> ${esc(when)}${d.place ? `<br><strong>${t.where}:</strong> ${esc(d.place)}` : ''}</p>
${d.agenda.length ? `<h2 style="font-size:1.15rem">${t.agenda}</h2>\n<ol>${d.agenda.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>` : ''}
${registerLine && d.registrationUrl ? `<p>${esc(registerLine)}<br><a href="${esc(d.registrationUrl)}">${esc(d.registrationUrl)}</a></p>` : ''}
${registered ? `<p>${esc(t.cancelHint)}</p>` : ''}
<p>${d.ics ? `${esc(t.ics)}<br>` : ''}<a href="${esc(d.eventUrl)}">${esc(t.more)}</a></p>
<p>${esc(t.closing)}</p>`
		: d.minutesUrl
			? `<p>${esc(t.minutesLink)}<br><a href="${esc(d.minutesUrl)}">${esc(d.minutesUrl)}</a></p>`
			: ''
}
<p>${esc(t.regards)}<br>${esc(d.allianceName)}</p>
<hr>
<p style="font-size:0.9rem;color:#444">${esc(t.footer[to.source === 'registered' ? 'registered' : to.source](d.allianceName))}${
		to.unsubscribe
			? ` <a href="${esc(to.unsubscribe.unsubscribePage)}">${esc(t.unsubscribe)}</a>`
			: ''
	}</p>
</body></html>`;

	return {
		to: to.email,
		fromName: d.allianceName,
		replyTo: d.replyTo,
		subject,
		text,
		html,
		attachments:
			withEvent && d.ics
				? [{ filename: 'plenum.ics', content: d.ics, contentType: 'text/calendar; charset=utf-8' }]
				: undefined,
		headers: to.unsubscribe
			? {
					'List-Unsubscribe': `<${to.unsubscribe.oneClickUrl}>`,
					'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
				}
			: undefined
	};
}
