import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

/*
 * Three tiers: unit tests (*.test.ts beside the code), integration tests of services on a real
 * database (*.int.test.ts, run twice: SQLite and PostgreSQL), end-to-end journeys in Chromium
 * (tests/e2e/*.e2e.ts against the built app).
 */
export default mergeConfig(
	viteConfig,
	defineConfig({
		test: {
			projects: [
				{
					test: {
						name: 'unit',
						include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
						exclude: ['src/**/*.int.test.ts'],
						environment: 'node',
						testTimeout: 60000
					}
				},
				{
					test: {
						name: 'sqlite',
						include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
						env: { TEST_DB: 'sqlite' },
						// Limits against hangs only, never speed targets: a loaded machine is slow.
						testTimeout: 180000,
						hookTimeout: 180000
					}
				},
				{
					test: {
						name: 'postgres',
						include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
						env: { TEST_DB: 'postgres' },
						globalSetup: ['tests/support/postgres-setup.ts'],
						// Limits against hangs only, never speed targets: a loaded machine is slow.
						testTimeout: 180000,
						hookTimeout: 180000
					}
				},
				{
					test: {
						name: 'e2e',
						include: ['tests/e2e/**/*.e2e.ts'],
						globalSetup: ['tests/e2e/setup.ts'],
						testTimeout: 600000,
						hookTimeout: 600000,
						fileParallelism: false
					}
				}
			]
		}
	})
);
