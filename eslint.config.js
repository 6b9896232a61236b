import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** What routes may not import (ARCHITECTURE.md "Layers"). */
const routeImportPatterns = [
	{
		regex: '\\.repository(\\.ts)?$',
		message: 'Routes call services; repositories are for services only.'
	},
	{ regex: '^kysely$', message: 'Routes never build queries.' }
];

/** Form actions take one path (decision 091): formAction in http/action.ts, AppError for "no". */
const formActionPatterns = [
	{
		regex: 'http/forms\\.ts$',
		importNames: ['readForm', 'formError'],
		message: 'Actions read and answer forms through formAction (#lib/server/http/action.ts).'
	},
	{
		regex: 'auth/rule-(error|failure)\\.ts$',
		message: 'Throw AppError (#lib/server/app-error.ts); formAction turns it into the answer.'
	},
	{
		regex: 'partners/partner-route\\.ts$|content/content-forms\\.ts$',
		importNames: ['attempt', 'fileOf', 'readUploadForm'],
		message: 'Use formAction and fileOf from #lib/server/http/action.ts.'
	}
];

/** Server code never imports UI components. */
const componentPatterns = [
	{
		regex: '(^#lib/components/|/components/)',
		message: 'Server code must not import Svelte components.'
	}
];

/** Services and schemas return results; SvelteKit stays in routes. */
const kitPatterns = [
	{
		regex: '^@sveltejs/kit',
		message: 'Services and schemas return results; routes turn them into HTTP.'
	}
];

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', '.tools/', 'node_modules/', 'data/', 'bench/results/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'svelte/no-navigation-without-resolve': 'off',
			// Scripts and the benchmark run the server's files with Node's type stripping, which
			// refuses TypeScript-only syntax such as constructor parameter properties.
			'@typescript-eslint/parameter-properties': 'error'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } }
	},
	// ---------- boundaries (ARCHITECTURE.md "Layers") ----------
	// Each file kind gets one `no-restricted-imports` with every pattern that applies to it: in
	// eslint's flat config a later block's setting of a rule replaces an earlier one for the
	// files both match (the route adapters in lib/server lost their rules that way).
	{
		// Routes parse, check permission, call a service and answer: never SQL, never a repository.
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte'],
		rules: {
			'no-restricted-imports': ['error', { patterns: routeImportPatterns }]
		}
	},
	{
		// Form actions: one path from form to answer (decision 091), everywhere (the calendar
		// since round 2). The deleted helpers stay named, so that a copy brought back is refused.
		files: ['src/routes/**/+page.server.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [...routeImportPatterns, ...formActionPatterns] }
			]
		}
	},
	{
		// Server code never imports UI components.
		files: ['src/lib/server/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: componentPatterns }]
		}
	},
	{
		// Rules and schemas are framework-free: no SvelteKit in services or schemas.
		files: ['src/lib/server/**/*.service.ts', 'src/lib/server/**/*.schema.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [...componentPatterns, ...kitPatterns] }]
		}
	},
	{
		// Route adapters in lib/server (`*.route.ts`, `*-route.ts`, `*.form.ts`) are routes.
		files: [
			'src/lib/server/**/*.route.ts',
			'src/lib/server/**/*-route.ts',
			'src/lib/server/**/*.form.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [...routeImportPatterns, ...formActionPatterns, ...componentPatterns] }
			]
		}
	},
	{
		// Query builders live in repositories (and migrations, and the database layer).
		files: ['src/lib/server/**/*.ts'],
		ignores: [
			'src/lib/server/**/*.repository.ts',
			'src/lib/server/db/**',
			'src/lib/server/**/*.test.ts',
			'src/lib/server/**/*.fixture.ts',
			'src/lib/server/**/*.demo*.ts',
			'src/lib/server/**/*.bench.ts',
			// Backups copy every table as it is: database-layer code like db/.
			'src/lib/server/backup/**'
		],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector:
						'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)$/]',
					message: 'Queries belong in a *.repository.ts file.'
				}
			]
		}
	}
);
