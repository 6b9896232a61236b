import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

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
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser } }
	},
	// ---------- boundaries (ARCHITECTURE.md "Layers") ----------
	{
		// Routes parse, check permission, call a service and answer: never SQL, never a repository.
		files: ['src/routes/**/*.ts', 'src/routes/**/*.svelte'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '\\.repository(\\.ts)?$',
							message: 'Routes call services; repositories are for services only.'
						},
						{ regex: '^kysely$', message: 'Routes never build queries.' }
					]
				}
			]
		}
	},
	{
		// Server code never imports UI components.
		files: ['src/lib/server/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^#lib/components/|/components/)',
							message: 'Server code must not import Svelte components.'
						}
					]
				}
			]
		}
	},
	{
		// Rules and schemas are framework-free: no SvelteKit in services or schemas.
		files: ['src/lib/server/**/*.service.ts', 'src/lib/server/**/*.schema.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							regex: '(^#lib/components/|/components/)',
							message: 'Server code must not import Svelte components.'
						},
						{
							regex: '^@sveltejs/kit',
							message: 'Services and schemas return results; routes turn them into HTTP.'
						}
					]
				}
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
