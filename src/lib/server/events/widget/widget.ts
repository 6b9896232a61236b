import type { Alliance } from '../../alliances/alliance.types.ts';
import { brandLogo } from '../../alliances/brand.service.ts';
import type { ServiceContext } from '../../context.ts';
import { translate, type Locale } from '../../../i18n/index.ts';
import { longDay, timeText } from '../../../event-format.ts';
import { filterQuery, parseFilter, type CalendarFilter } from '../calendar/calendar-filter.ts';
import { upcoming } from '../calendar/calendar.service.ts';

/*
 * The embeddable widget: a small, complete HTML page of the next events (filtered by partner,
 * topic or any calendar filter), in the alliance's colours, WITHOUT scripts, made to sit in an
 * iframe on any site. Only with ?groesse=auto does it load one tiny same-origin script that
 * tells the embedding page its height (postMessage); the list works without it.
 */

export const WIDGET_MAX = 20;
export const WIDGET_DEFAULT = 5;

export interface WidgetOptions {
	filter: CalendarFilter;
	limit: number;
	/** Load the sizing script (the host page uses static/widget.js) */
	autoSize: boolean;
	locale: Locale;
}

/** Reads the widget's options from its URL (unknown values are ignored, never an error). */
export function widgetOptions(params: URLSearchParams): WidgetOptions {
	const n = Number(params.get('anzahl'));
	const sprache = params.get('sprache');
	return {
		filter: parseFilter(params),
		limit: Number.isInteger(n) && n >= 1 ? Math.min(n, WIDGET_MAX) : WIDGET_DEFAULT,
		autoSize: params.get('groesse') === 'auto',
		locale: sprache === 'en' ? 'en' : 'de'
	};
}

function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

const HEX = /^#[0-9a-f]{6}$/i;

/** The Content-Security-Policy of the widget: embeddable anywhere, nothing else allowed. */
export function widgetCsp(autoSize: boolean): string {
	return [
		"default-src 'none'",
		"style-src 'unsafe-inline'",
		"img-src 'self' data:",
		autoSize ? "script-src 'self'" : "script-src 'none'",
		"base-uri 'none'",
		"form-action 'none'",
		'frame-ancestors *'
	].join('; ');
}

/** The widget page as HTML. `siteUrl`: absolute address of the alliance's site (links open there). */
export async function renderWidget(
	ctx: Pick<ServiceContext, 'db'>,
	alliance: Alliance,
	siteUrl: string,
	options: WidgetOptions,
	now = new Date()
): Promise<string> {
	const t = (key: string, params?: Record<string, string | number>) =>
		translate(options.locale, key, params);
	const [result, logo] = await Promise.all([
		upcoming(ctx, alliance.id, options.filter, { pageSize: options.limit, now }),
		brandLogo(ctx, alliance)
	]);
	const brand = HEX.test(alliance.colors.primary) ? alliance.colors.primary : '#1f5f8b';
	const accent = HEX.test(alliance.colors.accent) ? alliance.colors.accent : '#a3431d';
	const link = (path: string) => esc(`${siteUrl}${path}`);
	const days = result.items
		.map((day) => {
			const items = day.items
				.map((o) => {
					const meta = [timeText(o, options.locale, t), o.placeName, o.organiserName]
						.filter((part, i, all) => part && all.indexOf(part) === i)
						.map(esc)
						.join(' · ');
					const cancelled = o.cancelled
						? ` <span class="off">${esc(t('events.cancelled'))}</span>`
						: '';
					return `<li${o.cancelled ? ' class="cancelled"' : ''}><a href="${link(o.path)}" target="_blank" rel="noopener">${esc(o.title)}</a>${cancelled}<br><span class="meta">${meta}</span></li>`;
				})
				.join('');
			return `<li class="day"><h2>${esc(longDay(day.date, options.locale, false))}</h2><ul>${items}</ul></li>`;
		})
		.join('');
	const more = `${siteUrl}/termine${filterQuery(options.filter)}`;
	const body = days
		? `<ul class="days">${days}</ul>`
		: `<p class="none">${esc(t('widget.none'))}</p>`;
	// The alliance's logo at its own shape (width/height from the image), or its name.
	const brandMark = logo
		? `<a class="logo" href="${esc(siteUrl)}/" target="_blank" rel="noopener"><img src="${esc(`${siteUrl}/dateien/${logo.id}`)}" alt="${esc(logo.alt)}" width="${logo.width}" height="${logo.height}"></a>`
		: `<span class="meta">${esc(alliance.shortName || alliance.name)}</span>`;
	const script = options.autoSize ? '<script src="/widget-frame.js" defer></script>' : '';
	return `<!doctype html>
<html lang="${options.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(t('widget.frameTitle', { name: alliance.name }))}</title>
<style>
:root{--brand:${brand};--accent:${accent}}
*{box-sizing:border-box}
html,body{margin:0}
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',Arial,sans-serif;color:#1d232a;background:#fff;padding:.6rem .75rem;overflow-wrap:break-word}
ul{list-style:none;margin:0;padding:0}
.day+.day{margin-top:.6rem}
h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.04em;color:var(--accent);margin:0 0 .2rem;font-weight:700}
.day li{padding:.3rem 0;border-top:1px solid #e4e1da}
a{color:var(--brand);font-weight:600;text-underline-offset:.15em}
a:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.meta{color:#4f5862;font-size:.87rem}
.cancelled a{text-decoration:line-through}
.off{display:inline-block;font-size:.75rem;font-weight:700;color:#a4161a;border:1px solid currentColor;border-radius:999px;padding:0 .4rem}
.none{color:#4f5862;margin:.2rem 0}
footer{margin-top:.6rem;padding-top:.4rem;border-top:2px solid var(--brand);font-size:.87rem;display:flex;justify-content:space-between;align-items:center;gap:.5rem;flex-wrap:wrap}
.logo img{display:block;width:auto;height:auto;max-height:2.5rem;max-width:9rem}
</style>
${script}
</head>
<body>
${body}
<footer><a href="${esc(more)}" target="_blank" rel="noopener">${esc(t('widget.all'))}</a>${brandMark}</footer>
</body>
</html>
`;
}

/** The snippet a partner pastes: the iframe, and the sizing script if wanted. */
export function widgetSnippet(options: {
	siteUrl: string;
	origin: string;
	query: URLSearchParams;
	limit: number;
	autoSize: boolean;
	title: string;
}): { src: string; code: string; height: number } {
	const query = new URLSearchParams(options.query);
	if (options.autoSize) query.set('groesse', 'auto');
	const text = query.toString();
	const src = `${options.siteUrl}/widget/termine${text ? `?${text}` : ''}`;
	const height = Math.min(1400, 110 + options.limit * 72);
	const iframe = `<iframe src="${esc(src)}" title="${esc(options.title)}" style="width:100%;height:${height}px;border:0" loading="lazy" data-buendnis-widget></iframe>`;
	const script = options.autoSize
		? `\n<script src="${esc(options.origin)}/widget.js" async></script>`
		: '';
	return { src, code: iframe + script, height };
}
