// How much JavaScript a public page makes a browser load: every script the page's HTML names
// (<script src>, <link rel="modulepreload">, import("…") in the inline start script), closed
// over the static imports inside those files, each compressed with brotli as the server sends
// it (adapter-node precompresses with quality 11). Part of `npm run bench`; on its own:
//   node bench/js-weight.ts <base url>      e.g. node bench/js-weight.ts http://127.0.0.1:5190
import zlib from 'node:zlib';
import { PUBLIC_ROUTES } from '../tests/e2e/public-routes.ts';

export interface JsWeight {
	path: string;
	files: number;
	bytes: number;
	brBytes: number;
}

const brotli = (body: Buffer) =>
	zlib.brotliCompressSync(body, {
		params: {
			[zlib.constants.BROTLI_PARAM_QUALITY]: 11,
			[zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length
		}
	}).length;

/** The scripts an HTML page names, as absolute URLs. */
export function scriptsNamedIn(html: string, pageUrl: string): string[] {
	const found = new Set<string>();
	const add = (ref: string) => {
		if (!/\.m?js(\?|$)/.test(ref)) return;
		found.add(new URL(ref.replace(/&amp;/g, '&'), pageUrl).href);
	};
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(m[1] ?? '');
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		if (!/\brel="modulepreload"/.test(tag)) continue;
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		if (href) add(href);
	}
	for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
		for (const i of (m[1] ?? '').matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) add(i[1] ?? '');
	}
	return [...found];
}

/** Static imports of a bundled module (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string, fileUrl: string): string[] {
	const out: string[] = [];
	for (const m of code.matchAll(
		/\b(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g
	)) {
		out.push(new URL(m[1] ?? '', fileUrl).href);
	}
	return out;
}

/** The JavaScript one page loads (files, raw bytes, brotli bytes); each file fetched once per run. */
export async function jsWeightOf(
	pageUrl: string,
	cache = new Map<string, Buffer>()
): Promise<Omit<JsWeight, 'path'>> {
	const html = await (await fetch(pageUrl)).text();
	const todo = scriptsNamedIn(html, pageUrl);
	const seen = new Set<string>(todo);
	let bytes = 0;
	let brBytes = 0;
	while (todo.length) {
		const url = todo.pop() ?? '';
		let body = cache.get(url);
		if (!body) {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`${url} answered ${response.status}`);
			body = Buffer.from(await response.arrayBuffer());
			cache.set(url, body);
		}
		bytes += body.length;
		brBytes += brotli(body);
		for (const next of staticImports(body.toString('utf8'), url)) {
			if (!seen.has(next)) {
				seen.add(next);
				todo.push(next);
			}
		}
	}
	return { files: seen.size, bytes, brBytes };
}

/** Routes that answer with something other than an HTML page (feeds, files, APIs, actions). */
const NOT_PAGES =
	/(\.ics|\.rss|\.pdf|\.zip|\.json|^\/api\/|^\/dateien\/|^\/favicon|^\/healthz|^\/sprache|^\/abmelden|\/sofort$)/;

/**
 * One address for every public page route (PUBLIC_ROUTES): the route itself where it has no
 * parameters, otherwise the first link to it found on the pages fetched before (token pages,
 * reached only from mails, stay out).
 */
export async function publicPagePaths(base: string): Promise<string[]> {
	const routes = Object.keys(PUBLIC_ROUTES).filter((r) => !NOT_PAGES.test(r));
	const plain = routes.filter((r) => !r.includes('['));
	const withParams = routes.filter((r) => r.includes('[') && !r.includes('[token]'));
	const out: string[] = [];
	const hrefs = new Set<string>();
	/** The page's HTML when `path` answers 200 with an HTML page; its links are remembered. */
	const page = async (path: string): Promise<boolean> => {
		const response = await fetch(base + path, { redirect: 'manual' });
		const html = await response.text();
		if (response.status !== 200 || !/text\/html/.test(response.headers.get('content-type') ?? ''))
			return false;
		for (const m of html.matchAll(/href="(\/[^"#?]*)/g)) hrefs.add(m[1] ?? '');
		return true;
	};
	for (const route of plain) if (await page(route)) out.push(route);
	// More links: the demo's plenum takes registrations (its page links to /anmeldung).
	const plenum = await (await fetch(base + '/termine?q=Plenum')).text();
	const event = /href="(\/termine\/(?!melden|archiv|monat|tag|feed)[^"/?]+)"/.exec(plenum)?.[1];
	if (event) await page(event);
	for (const route of withParams) {
		const pattern = new RegExp(
			'^' +
				route
					.split('/')
					.slice(1)
					.map((segment) =>
						segment.startsWith('[[')
							? '(?:/[^/]+)?'
							: segment.startsWith('[...')
								? '/.+'
								: segment.startsWith('[')
									? '/[^/]+'
									: '/' + segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
					)
					.join('') +
				'$'
		);
		// `/[...path]` matches everything: only addresses under none of the other routes.
		const own = (h: string) =>
			route !== '/[...path]' ||
			!routes.some(
				(r) => r !== route && h.split('/')[1] === r.split('/')[1] && !r.startsWith('/[')
			);
		for (const h of hrefs) {
			if (!pattern.test(h) || NOT_PAGES.test(h) || out.includes(h) || h === '/' || !own(h))
				continue;
			if (await page(h)) {
				out.push(h);
				break;
			}
		}
	}
	return out;
}

/** Brotli JavaScript of every public page of the app at `base`. */
export async function jsWeights(base: string): Promise<JsWeight[]> {
	const cache = new Map<string, Buffer>();
	const out: JsWeight[] = [];
	for (const path of await publicPagePaths(base)) {
		out.push({ path, ...(await jsWeightOf(base + path, cache)) });
	}
	return out;
}

if (import.meta.main) {
	const base = (process.argv[2] ?? '').replace(/\/$/, '');
	if (!base) throw new Error('usage: node bench/js-weight.ts <base url>');
	const weights = await jsWeights(base);
	for (const w of weights) {
		console.log(
			`${w.path.padEnd(48)} ${String(w.files).padStart(3)} Dateien ${(w.bytes / 1024).toFixed(1).padStart(7)} KB ${(w.brBytes / 1024).toFixed(1).padStart(6)} KB brotli`
		);
	}
	const worst = weights.reduce((a, b) => (b.brBytes > a.brBytes ? b : a));
	console.log(`größte: ${worst.path} ${(worst.brBytes / 1024).toFixed(1)} KB brotli`);
}
