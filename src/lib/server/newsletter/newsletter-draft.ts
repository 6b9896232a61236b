import type { ServiceContext } from '../context.ts';
import { findPublishedNews } from '../content/news.repository.ts';
import { EMPTY_FILTER } from '../events/calendar/calendar-filter.ts';
import { upcoming } from '../events/calendar/calendar.service.ts';

/*
 * A draft written by the platform from what is on the site: the coming events (two weeks) and
 * the latest news. Coordinators change it in the editor before sending. Links are paths; the
 * mail turns them into addresses of the alliance's site.
 */

function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

const dateFmt = (locale: 'de' | 'en') =>
	new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
		weekday: 'short',
		day: 'numeric',
		month: 'long',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Berlin'
	});

export async function draftFromContent(
	ctx: Pick<ServiceContext, 'db'>,
	allianceId: string,
	locale: 'de' | 'en',
	now = new Date()
): Promise<{ subject: string; body: string }> {
	const de = locale !== 'en';
	const to = new Date(now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
	const page = await upcoming(
		ctx,
		allianceId,
		{ ...EMPTY_FILTER, to },
		{ pageSize: 12, now, seriesOnce: true }
	);
	const events = page.items
		.flatMap((d) => d.items)
		.filter((o) => !o.cancelled)
		.slice(0, 12);
	const news = await findPublishedNews(ctx.db, allianceId, now.toISOString(), 3);
	const fmt = dateFmt(locale);
	const parts: string[] = [
		`<p>${de ? 'Guten Tag,' : 'Hello,'}</p>`,
		`<p>${de ? 'hier ist, was in den nächsten Wochen bei uns los ist.' : 'here is what is on in the coming weeks.'}</p>`
	];
	if (events.length) {
		parts.push(
			`<h2>${de ? 'Termine' : 'Events'}</h2>`,
			`<ul>${events
				.map(
					(o) =>
						`<li><a href="${esc(o.path)}">${esc(o.title)}</a> – ${esc(fmt.format(new Date(o.start)))}${o.placeName ? `, ${esc(o.placeName)}` : ''}</li>`
				)
				.join('')}</ul>`
		);
	}
	if (news.length) {
		parts.push(
			`<h2>${de ? 'Neuigkeiten' : 'News'}</h2>`,
			...news.map(
				(n) =>
					`<h3><a href="/neuigkeiten/${esc(n.slug)}">${esc(n.title)}</a></h3>${n.summary ? `<p>${esc(n.summary)}</p>` : ''}`
			)
		);
	}
	parts.push(`<p>${de ? 'Herzliche Grüße' : 'Kind regards'}</p>`);
	const month = new Intl.DateTimeFormat(de ? 'de-DE' : 'en-GB', {
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Berlin'
	}).format(now);
	return {
		subject: de ? `Neues aus dem Bündnis – ${month}` : `News from the alliance – ${month}`,
		body: parts.join('\n')
	};
}
