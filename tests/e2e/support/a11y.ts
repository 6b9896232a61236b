// axe-core in the real page: fails on every violation of impact serious or critical.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './app-process.ts';

const AXE_SOURCE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeNode {
	target: unknown[];
	html: string;
	failureSummary?: string;
}
interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	helpUrl: string;
	nodes: AxeNode[];
}

/** The serious and critical violations on the page, as readable text (empty when none). */
export async function a11yViolations(page: Page): Promise<string[]> {
	// Injected through the DevTools protocol: the page's CSP rightly forbids inline scripts.
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<unknown> } }).axe;
		const result = (await axe.run(document, {
			runOnly: {
				type: 'tag',
				values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']
			},
			resultTypes: ['violations']
		})) as { violations: unknown[] };
		return result.violations;
	});
	return (violations as AxeViolation[])
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => {
			const nodes = v.nodes
				.slice(0, 5)
				.map(
					(n) =>
						`      ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`
				)
				.join('\n');
			return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×)\n${nodes}`;
		});
}

/** Fails with a readable list when axe finds a serious or critical violation. */
export async function checkA11y(page: Page): Promise<void> {
	const found = await a11yViolations(page);
	if (found.length) {
		throw new Error(`Accessibility violations on ${page.url()}:\n${found.join('\n')}`);
	}
}
