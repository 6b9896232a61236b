// The app's routes, read from src/routes at test time, so that a route added later is walked
// (and has to be judged) without anyone remembering to list it.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './app-process.ts';

export interface RouteInfo {
	/** SvelteKit route id without groups, e.g. /admin/seiten/[id] */
	id: string;
	/** has a page (GET renders HTML) */
	page: boolean;
	/** form actions of +page.server.ts ('default' for the unnamed one) */
	actions: string[];
	/** HTTP methods exported by +server.ts */
	methods: string[];
	/** parameter names in order, e.g. ['id'] or ['...path'] */
	params: string[];
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

export async function enumerateRoutes(): Promise<RouteInfo[]> {
	const base = path.join(ROOT, 'src', 'routes');
	const found: RouteInfo[] = [];
	const walk = async (dir: string) => {
		const names = fs.readdirSync(dir);
		const has = (n: string) => names.includes(n);
		const rel = path.relative(base, dir).split(path.sep).filter(Boolean);
		const segments = rel.filter((s) => !/^\(.*\)$/.test(s));
		const id = '/' + segments.join('/');
		const page = has('+page.svelte');
		let actions: string[] = [];
		let methods: string[] = [];
		if (has('+page.server.ts')) {
			const mod = (await import(path.join(dir, '+page.server.ts'))) as {
				actions?: Record<string, unknown>;
			};
			actions = Object.keys(mod.actions ?? {});
		}
		if (has('+server.ts')) {
			const mod = (await import(path.join(dir, '+server.ts'))) as Record<string, unknown>;
			methods = Object.keys(mod).filter((k) => METHODS.includes(k));
		}
		if (page || actions.length || methods.length) {
			const params = segments.flatMap((s) =>
				[...s.matchAll(/\[{1,2}(\.\.\.)?([A-Za-z_]\w*)(?:=\w+)?\]{1,2}/g)].map(
					(m) => (m[1] ?? '') + (m[2] ?? '')
				)
			);
			found.push({ id, page, actions, methods, params });
		}
		for (const name of names) {
			const full = path.join(dir, name);
			if (fs.statSync(full).isDirectory()) await walk(full);
		}
	};
	await walk(base);
	return found.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Every concrete path of a route id for the given parameter values (one list per parameter
 * name; optional parameters also tried empty).
 */
export function expandRoute(id: string, values: (param: string) => string[]): string[] {
	let paths = [''];
	for (const segment of id.split('/').filter(Boolean)) {
		const next: string[] = [];
		for (const prefix of paths) {
			const optional = /^\[\[.*\]\]$/.test(segment);
			const pattern = /\[{1,2}(\.\.\.)?([A-Za-z_]\w*)(?:=\w+)?\]{1,2}/g;
			if (!pattern.test(segment)) {
				next.push(`${prefix}/${segment}`);
				continue;
			}
			pattern.lastIndex = 0;
			const match = pattern.exec(segment);
			const name = (match?.[1] ?? '') + (match?.[2] ?? '');
			const options = values(name);
			for (const v of options) next.push(`${prefix}/${segment.replace(pattern, v)}`);
			if (optional) next.push(prefix);
		}
		paths = next;
	}
	return paths.map((p) => p || '/');
}
