// Tenant isolation: signed in as alliance A's coordinator, walk EVERY route of the app (read
// from src/routes at test time) against alliance B — by B's path prefix, by B's own domain,
// and with B's ids inside A's site — with GET and with every form action and endpoint method,
// and prove that nothing of B can be read or changed. Then A's own forms, on A's own pages,
// with B's ids in their reference fields (topic, group, partner, file, folder, …): nothing of A
// may come to point at B.
//
// A route added later is walked automatically. If it answers 200 to a non-member on B's site,
// this test fails until it checks permission — or until it is listed in public-routes.ts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import sharp from 'sharp';
import type { Browser, BrowserContext } from 'playwright-core';
import { DEMO_LOGINS } from '../../src/lib/server/demo/demo-logins.ts';
import { ROOT, startApp, type RunningApp } from './support/app-process.ts';
import { launchBrowser, withTimeouts } from './support/browser.ts';
import { actionName, harvestForms, type HarvestedForm } from './support/forms.ts';
import { enumerateRoutes, expandRoute, type RouteInfo } from './support/routes.ts';
import { PUBLIC_ROUTES, PUBLIC_WRITES } from './public-routes.ts';
import {
	crossReferences,
	fileHashes,
	handlesByTable,
	idsByTable,
	snapshotAlliance,
	type Snapshot
} from './support/snapshot.ts';
import {
	B_PASSWORD,
	B_SECRETS,
	B_SLUG,
	MARKER,
	seedTwoAlliances,
	type Seeded,
	type TenantIds
} from './support/tenancy-seed.ts';

const A_PREFIX = '/b/musterstadt';
const B_PREFIX = `/b/${B_SLUG}`;

let app: RunningApp;
let seeded: Seeded;
let browser: Browser;
let context: BrowserContext;
let dataDir: string;
let cookie = '';
let aIds: Map<string, string[]>;
let bIds: Map<string, string[]>;
let bFiles: Set<string>;
/** ids and slugs of every table each tenant owns, beyond the ones seeded on purpose */
const extra = new Map<TenantIds, Handle[]>();

type Target = 'B-prefix' | 'B-domain' | 'A-with-B-ids';

function origin(target: Target): string {
	return target === 'B-domain' ? `http://localhost:${app.port}` : app.url;
}

function address(target: Target, p: string): string {
	const prefix = target === 'B-prefix' ? B_PREFIX : target === 'A-with-B-ids' ? A_PREFIX : '';
	return origin(target) + prefix + (p === '/' && prefix ? '' : p);
}

interface Answer {
	status: number;
	location: string;
	body: string;
	hash: string;
}

async function request(
	target: Target,
	p: string,
	init: { method?: string; body?: FormData | URLSearchParams; cookie?: string } = {}
): Promise<Answer> {
	const method = init.method ?? 'GET';
	const headers: Record<string, string> = { accept: 'text/html', cookie: init.cookie ?? cookie };
	if (method !== 'GET' && method !== 'HEAD') headers.origin = origin(target);
	const response = await fetch(address(target, p), {
		method,
		headers,
		body: init.body,
		redirect: 'manual'
	});
	const bytes = Buffer.from(await response.arrayBuffer());
	return {
		status: response.status,
		location: response.headers.get('location') ?? '',
		body: bytes.toString('utf8'),
		hash: crypto.createHash('sha256').update(bytes).digest('hex')
	};
}

/** Signs in through the login form over HTTP; returns the Cookie header. */
async function signIn(email: string, password: string, prefix = A_PREFIX): Promise<string> {
	const anonymous = withTimeouts(await browser.newContext({ javaScriptEnabled: false }));
	const page = await anonymous.newPage();
	try {
		await page.goto(`${app.url}${prefix}/anmelden`);
		const form = (await harvestForms(page)).find((f) =>
			f.fields.some((x) => x.type === 'password')
		);
		if (!form) throw new Error('no login form on /anmelden');
		const body = new URLSearchParams();
		for (const field of form.fields) {
			const value =
				field.type === 'password' ? password : /mail/i.test(field.name) ? email : field.value;
			body.append(field.name, value);
		}
		const response = await fetch(form.action, {
			method: 'POST',
			headers: { origin: app.url, accept: 'text/html' },
			body,
			redirect: 'manual'
		});
		const cookies = response.headers
			.getSetCookie()
			.map((c) => c.split(';')[0] ?? '')
			.filter((c) => /session_token=/.test(c));
		if (!cookies.length) throw new Error(`login as ${email} failed: ${response.status}`);
		return cookies.join('; ');
	} finally {
		await anonymous.close();
	}
}

/** A's coordinator, for our requests and for the browser that reads A's forms. */
async function signInA(): Promise<void> {
	const coordinator = DEMO_LOGINS.find((l) => l.key === 'coordinator');
	if (!coordinator) throw new Error('no demo coordinator');
	cookie = await signIn(coordinator.email, coordinator.password);
	await context.clearCookies();
	await context.addCookies(
		cookie.split('; ').map((pair) => {
			const at = pair.indexOf('=');
			return { name: pair.slice(0, at), value: pair.slice(at + 1), url: app.url };
		})
	);
}

/** Values for a route parameter: ids and slugs of every kind of one tenant. */
interface Handle {
	kind: string;
	value: string;
}
function handles(t: TenantIds, param: string): Handle[] {
	if (param.startsWith('...')) {
		return [
			...t.pagePaths.map((value) => ({ kind: 'pagePath', value })),
			...t.newsSlugs.map((value) => ({ kind: 'newsSlug', value })),
			...t.partnerSlugs.map((value) => ({ kind: 'partnerSlug', value }))
		];
	}
	const out: Handle[] = [];
	for (const [kind, values] of Object.entries(t.ids)) {
		values.forEach((value) => out.push({ kind, value }));
	}
	t.newsSlugs.forEach((value) => out.push({ kind: 'newsSlug', value }));
	t.partnerSlugs.forEach((value) => out.push({ kind: 'partnerSlug', value }));
	t.pagePaths.forEach((value) =>
		out.push({ kind: 'pageSlug', value: value.split('/').pop() ?? value })
	);
	const known = new Set(out.map((h) => h.value));
	for (const h of extra.get(t) ?? []) {
		if (!known.has(h.value)) {
			known.add(h.value);
			out.push(h);
		}
	}
	return out;
}

/** Concrete paths of a route for one tenant, each with the kinds of handle it used. */
function concretePaths(route: RouteInfo, t: TenantIds, kinds?: string[]) {
	let combos: Handle[][] = [[]];
	for (const [i, param] of route.params.entries()) {
		const options = handles(t, param).filter((h) => !kinds || h.kind === kinds[i]);
		combos = combos.flatMap((c) => options.map((h) => [...c, h]));
	}
	return combos.slice(0, route.params.length > 1 ? 60 : 400).map((combo) => {
		let i = 0;
		const p = expandRoute(route.id, () => [combo[i++]?.value ?? ''])[0] ?? '/';
		return { path: p, kinds: combo.map((h) => h.kind) };
	});
}

/** A's own page of this route (for its forms), and which kinds of id its parameters take. */
async function harvest(
	route: RouteInfo
): Promise<{ kinds?: string[]; forms: HarvestedForm[]; aPath?: string }> {
	if (!route.page) return { forms: [] };
	for (const { path: p, kinds } of concretePaths(route, seeded.a)) {
		const response = await fetch(app.url + A_PREFIX + (p === '/' ? '' : p), {
			headers: { cookie },
			redirect: 'manual'
		});
		await response.arrayBuffer();
		if (response.status !== 200) continue;
		const page = await context.newPage();
		try {
			await page.goto(app.url + A_PREFIX + (p === '/' ? '' : p));
			return {
				kinds: route.params.length ? kinds : undefined,
				forms: await harvestForms(page),
				aPath: p
			};
		} finally {
			await page.close();
		}
	}
	return { forms: [] };
}

/** A's ids in a form replaced by B's of the same table. */
function toB(value: string): string {
	for (const [table, values] of aIds) {
		const i = values.indexOf(value);
		if (i < 0) continue;
		const b = bIds.get(table) ?? [...bIds.values()].flat();
		return b[i % Math.max(1, b.length)] ?? value;
	}
	return value;
}

let pngBytes: Buffer;
function formBody(form: HarvestedForm | undefined, fallbackId: string): FormData | URLSearchParams {
	if (!form) {
		const body = new URLSearchParams();
		body.set('id', fallbackId);
		return body;
	}
	const body = form.multipart ? new FormData() : new URLSearchParams();
	for (const field of form.fields) {
		if (field.type === 'file') {
			if (body instanceof FormData) {
				body.append(
					field.name,
					new File([new Uint8Array(pngBytes)], 'bild.png', { type: 'image/png' })
				);
			}
			continue;
		}
		body.append(field.name, toB(field.value));
	}
	return body;
}

/** Actions that remove or end something of A: not posted with B's references. */
const DESTRUCTIVE =
	/delete|remove|withdraw|cancel|revoke|leave|decline|reject|end|unlink|abmelden/i;

/**
 * A's own form for A's own page, with B's ids in its reference fields: every value that is an
 * id of A (except the ids of the page itself) becomes B's, and an empty select or unchecked
 * box that offers A's ids gets one of B's. Null when the form refers to nothing.
 */
function referenceBody(form: HarvestedForm, aPath: string): FormData | URLSearchParams | null {
	const isA = (v: string) =>
		v !== '' && !aPath.includes(v) && [...aIds.values()].some((ids) => ids.includes(v));
	const body = form.multipart ? new FormData() : new URLSearchParams();
	let swapped = 0;
	const filled = new Set<string>();
	for (const field of form.fields) {
		if (field.type === 'file') continue;
		if (isA(field.value)) {
			swapped++;
			filled.add(field.name);
			body.append(field.name, toB(field.value));
		} else if (field.type.startsWith('select') && field.value === '') {
			const offered = form.choices.find((c) => c.name === field.name && isA(c.value));
			if (offered) {
				swapped++;
				filled.add(field.name);
				body.append(field.name, toB(offered.value));
			} else body.append(field.name, field.value);
		} else if (field.value === '' && /^(title|name)$/.test(field.name)) {
			// A new item's form: a title, so that the form reaches its references.
			body.append(field.name, 'Referenzprobe');
		} else body.append(field.name, field.value);
	}
	for (const choice of form.choices) {
		if (choice.type !== 'checkbox' || filled.has(choice.name) || !isA(choice.value)) continue;
		swapped++;
		filled.add(choice.name);
		body.append(choice.name, toB(choice.value));
	}
	return swapped ? body : null;
}

/** Runs `work` over `items`, `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
	let next = 0;
	const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
		while (next < items.length) {
			const item = items[next++] as T;
			await work(item);
		}
	});
	await Promise.all(lanes);
}

const problems: string[] = [];
let requests = 0;

function judge(route: RouteInfo, target: Target, what: string, answer: Answer, write: boolean) {
	requests++;
	const where = `${what} [${target}] (route ${route.id})`;
	if (target === 'A-with-B-ids') {
		if (MARKER.test(answer.body) || MARKER.test(answer.location)) {
			const at = answer.body.search(MARKER);
			problems.push(
				`${where}: A's site shows B's data: …${answer.body.slice(Math.max(0, at - 80), at + 80)}…`
			);
		}
		if (answer.status === 200 && bFiles.has(answer.hash)) {
			problems.push(`${where}: A's site serves one of B's files`);
		}
		return;
	}
	for (const secret of B_SECRETS) {
		if (
			answer.body.includes(secret) &&
			!(route.id === '/einladung/[id]' && secret.includes('eingeladen'))
		) {
			problems.push(`${where}: shows B's non-public "${secret}" to A's coordinator`);
		}
	}
	if (route.id in PUBLIC_ROUTES) return;
	const refused =
		[401, 403, 404, 405].includes(answer.status) ||
		(answer.status >= 300 && answer.status < 400 && answer.location.includes('/anmelden')) ||
		(write && [400, 422].includes(answer.status));
	if (!refused) {
		problems.push(
			`${where}: answered ${answer.status}${answer.location ? ' → ' + answer.location : ''} to a non-member ` +
				`(add a permission check, or list the route in PUBLIC_ROUTES if it is public)`
		);
	}
}

beforeAll(async () => {
	dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'buendnis-tenancy-'));
	seeded = await seedTwoAlliances(dataDir);
	aIds = idsByTable(dataDir, seeded.a.allianceId);
	bIds = idsByTable(dataDir, seeded.b.allianceId);
	bFiles = fileHashes(dataDir, seeded.b.allianceId);
	extra.set(seeded.a, handlesByTable(dataDir, seeded.a.allianceId));
	extra.set(seeded.b, handlesByTable(dataDir, seeded.b.allianceId));
	pngBytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888888' } })
		.png()
		.toBuffer();
	app = await startApp({
		dataDir,
		logFile: path.join(ROOT, 'test-results', 'tenancy-app.log'),
		env: { SEED_DEMO: 'false', RATE_LIMIT_PER_MINUTE: '100000' }
	});
	browser = await launchBrowser();
	context = withTimeouts(await browser.newContext({ javaScriptEnabled: false }));
}, 120000);

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('B is reachable by prefix and by domain, A by prefix, and both have a working admin', async () => {
	await signInA();
	const aHome = await request('A-with-B-ids', '/');
	expect(aHome.status).toBe(200);
	expect(aHome.body).toContain('Musterstadt');
	expect(aHome.body).not.toMatch(MARKER);
	for (const target of ['B-prefix', 'B-domain'] as const) {
		const bHome = await request(target, '/');
		expect(bHome.status, target).toBe(200);
		expect(bHome.body, target).toContain('Okapi-Willkommen');
	}
	// A's coordinator administers A; B's coordinator administers B: the refusals below are
	// about the tenant, not about a broken admin.
	expect((await request('A-with-B-ids', '/admin')).status).toBe(200);
	const bCookie = await signIn('okapi-koordination@okapi.example', B_PASSWORD, B_PREFIX);
	const bAdmin = await request('B-prefix', '/admin', { cookie: bCookie });
	expect(bAdmin.status).toBe(200);
	expect((await request('B-prefix', '/admin')).status).toBe(403);
});

test('walking every route as A’s coordinator reads and changes nothing of B', async () => {
	expect(cookie, 'the first test signs in').not.toBe('');
	const routes = await enumerateRoutes();
	expect(routes.length).toBeGreaterThan(3);
	const before: Snapshot = snapshotAlliance(dataDir, seeded.b.allianceId);
	const hasAdmin = routes.some((r) => r.id === '/admin');
	const started = Date.now();
	const walked: string[] = [];
	const unharvested: string[] = [];
	const referencePosts: string[] = [];

	for (const route of routes) {
		walked.push(route.id);
		const { kinds, forms, aPath } = await harvest(route);
		const allPaths = concretePaths(route, seeded.b);
		const matching = kinds ? concretePaths(route, seeded.b, kinds) : [];
		// Writes go to B's ids of the kind A's own page took; when that is unknown, to a few.
		const samePaths = matching.length ? matching : allPaths.slice(0, 6);
		const targets: Target[] = ['B-prefix', 'B-domain', 'A-with-B-ids'];

		// Read: GET (and the endpoint's GET) with every id of B.
		if (route.page || route.methods.includes('GET')) {
			const reads = targets.flatMap((target) =>
				!route.params.length && target === 'A-with-B-ids'
					? []
					: allPaths.map(({ path: p }) => ({ target, p }))
			);
			await inParallel(reads, 6, async ({ target, p }) => {
				judge(route, target, `GET ${p}`, await request(target, p), false);
			});
		}

		// Change: every form action and every writing method, with A's own form filled in
		// and its ids swapped for B's.
		const writes: { label: string; method: string; suffix: string; form?: HarvestedForm }[] = [];
		for (const action of route.actions) {
			const form = forms.find((f) => f.method === 'post' && actionName(f.action) === action);
			if (!form) unharvested.push(`${route.id} ?/${action}`);
			writes.push({
				label: `POST ?/${action}`,
				method: 'POST',
				suffix: action === 'default' ? '' : `?/${action}`,
				form
			});
		}
		for (const method of route.methods.filter((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m))) {
			writes.push({ label: method, method: method === 'fallback' ? 'PUT' : method, suffix: '' });
		}
		for (const write of writes) {
			for (const target of targets) {
				if (target !== 'A-with-B-ids' && PUBLIC_WRITES.has(route.id)) continue;
				// Without A's form the body is a guess: on A's site (where the ids in the body are
				// what matters) one of B's ids of every kind as `id`; on B's site one body is
				// enough, since the permission check must refuse it anyway.
				const guesses =
					write.form || target !== 'A-with-B-ids'
						? [seeded.b.ids.page?.[0] ?? '']
						: Object.values(seeded.b.ids).map((ids) => ids[0] ?? '');
				for (const { path: p } of samePaths) {
					for (const guess of guesses) {
						const body = formBody(write.form, guess);
						const answer = await request(target, p + write.suffix, {
							method: write.method,
							body
						});
						judge(route, target, `${write.label} ${p}`, answer, true);
					}
				}
			}
		}

		// References: A's own forms on A's own page, with B's ids where A's form refers to
		// something. A may answer as it likes (a field error, or saving without the reference)
		// but never with a 500, never with B's data, and nothing of A may point at B afterwards.
		if (aPath !== undefined) {
			for (const form of forms.filter((f) => f.method === 'post')) {
				const action = actionName(form.action);
				if (DESTRUCTIVE.test(action) || route.id === '/abmelden') continue;
				const body = referenceBody(form, aPath);
				if (!body) continue;
				const p = aPath + (action === 'default' ? '' : `?/${action}`);
				const answer = await request('A-with-B-ids', p, { method: 'POST', body });
				referencePosts.push(`${route.id} ?/${action}`);
				judge(
					route,
					'A-with-B-ids',
					`POST ?/${action} ${aPath} (B's ids as references)`,
					answer,
					true
				);
				if (answer.status >= 500) {
					problems.push(`POST ?/${action} ${aPath}: B's ids as references gave ${answer.status}`);
				}
			}
		}

		// A route that signs out (logout) must not weaken the rest of the walk.
		if (hasAdmin && (await request('A-with-B-ids', '/admin')).status !== 200) {
			if (route.id !== '/abmelden') problems.push(`route ${route.id} ended A's session`);
			await signInA();
		}
	}

	for (const row of crossReferences(dataDir, seeded.a.allianceId, seeded.b.allianceId)) {
		problems.push(`A's data points at B (route: references): ${row}`);
	}
	const after = snapshotAlliance(dataDir, seeded.b.allianceId);
	for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
		if (JSON.stringify(before[table]) !== JSON.stringify(after[table])) {
			problems.push(
				`B's ${table} changed:\n  before ${JSON.stringify(before[table]).slice(0, 600)}\n  after  ${JSON.stringify(after[table]).slice(0, 600)}`
			);
		}
	}
	console.log(
		`[tenancy] walked ${walked.length} routes with ${requests} requests in ${((Date.now() - started) / 1000).toFixed(0)} s; ` +
			`actions posted with a generic body (no form found on A's page): ${unharvested.join(', ') || 'none'}; ` +
			`A's forms posted with B's ids as references: ${referencePosts.length} (${referencePosts.join(', ')})`
	);
	// At most three findings per route, so that one new route does not bury the others.
	const shown = new Map<string, number>();
	const report = problems.filter((p) => {
		const route = /\(route ([^)]+)\)/.exec(p)?.[1] ?? p;
		shown.set(route, (shown.get(route) ?? 0) + 1);
		return (shown.get(route) ?? 0) <= 3;
	});
	expect(problems.length, `${problems.length} findings:\n${report.join('\n')}`).toBe(0);
	expect(requests).toBeGreaterThan(50);
	// The reference walk reached the forms that store references (project, group, event, …).
	for (const route of ['/admin/projekte/neu', '/admin/arbeitsgruppen/neu', '/admin/termine/neu']) {
		expect(
			referencePosts.some((p) => p.startsWith(route + ' ')),
			route
		).toBe(true);
	}
}, 900000);
