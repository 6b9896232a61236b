import { z } from 'zod';
import path from 'node:path';

/**
 * Settings, read once from the process environment and validated at start.
 * A wrong value stops the server with a message that names the variable.
 */
const optionalString = z
	.string()
	.trim()
	.optional()
	.transform((v) => (v === '' ? undefined : v));

const schema = z.object({
	NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	HOST: z.string().trim().min(1).default('0.0.0.0'),
	DATA_DIR: z.string().trim().min(1).default('./data'),
	DATABASE_URL: optionalString.pipe(
		z
			.string()
			.regex(/^postgres(ql)?:\/\//, 'muss mit postgres:// oder postgresql:// beginnen')
			.optional()
	),
	PUBLIC_URL: optionalString.pipe(z.url({ protocol: /^https?$/ }).optional()),
	AUTH_SECRET: optionalString.pipe(z.string().min(32, 'mindestens 32 Zeichen').optional()),
	SMTP_HOST: optionalString,
	SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
	SMTP_SECURE: z
		.enum(['true', 'false', ''])
		.default('false')
		.transform((v) => v === 'true'),
	SMTP_USER: optionalString,
	SMTP_PASSWORD: optionalString,
	SMTP_FROM: optionalString.pipe(z.email().optional()),
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
	/** Several alliances on one instance: the path prefix /b/<slug> is used when no domain matches. */
	SEED_DEMO: z
		.enum(['true', 'false', ''])
		.default('false')
		.transform((v) => v === 'true'),
	/**
	 * Processes serving the site (scripts/start.ts, node:cluster on one port): one per core the
	 * app may use. On SQLite they share the database file; each holds its own caches.
	 */
	PROCESSES: z.coerce.number().int().min(1).max(64).default(1),
	/** Background jobs (ICS imports, clean-up) run in this instance; false: only serve pages. */
	JOB_RUNNER: z
		.enum(['true', 'false', ''])
		.default('true')
		.transform((v) => v !== 'false'),
	/**
	 * A reverse proxy in front sets X-Forwarded-Proto (and, with ADDRESS_HEADER, the client
	 * address). Without it those headers come from anyone and are ignored.
	 */
	TRUST_PROXY: z
		.enum(['true', 'false', ''])
		.default('false')
		.transform((v) => v === 'true'),
	/** Bearer token for /metrics (Prometheus); without it /metrics answers 404. */
	METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'mindestens 16 Zeichen').optional()),
	/**
	 * Calendar import: host names that may be subscribed although they are private or loopback
	 * addresses (a city's intranet calendar server, a local test server). Comma-separated; empty:
	 * only public addresses.
	 */
	IMPORT_ALLOWED_HOSTS: z
		.string()
		.optional()
		.default('')
		.transform((v) =>
			v
				.split(',')
				.map((h) => h.trim().toLowerCase())
				.filter(Boolean)
		)
		.pipe(
			z.array(
				z
					.string()
					.max(253)
					.regex(
						/^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)$/,
						'Rechnernamen oder Adressen ohne Schema und Port, durch Kommas getrennt'
					)
					.transform((h) => h.replace(/^\[|\]$/g, ''))
			)
		),
	/**
	 * Tile server for the small maps of the Familienwegweiser, e.g.
	 * https://tiles.example.org/{z}/{x}/{y}.png (one https host; {z}, {x} and {y} required).
	 * Empty: no maps and no requests to anyone else. The CSP then allows images from that host.
	 */
	MAP_TILE_URL: optionalString.pipe(
		z
			.string()
			.max(500)
			.regex(
				/^https:\/\/[a-z0-9.-]+(:\d{1,5})?\/[^\s"'<>]*$/i,
				'eine https-Adresse eines Kachelservers, z. B. https://kacheln.example.org/{z}/{x}/{y}.png'
			)
			.refine((v) => ['{z}', '{x}', '{y}'].every((p) => v.includes(p)), {
				message: 'muss {z}, {x} und {y} enthalten'
			})
			.optional()
	),
	/** Attribution the tile server asks for, shown below every map. */
	MAP_TILE_ATTRIBUTION: z.string().trim().max(300).default('© OpenStreetMap-Mitwirkende'),
	/**
	 * Upper bound of the public page cache in MB; below it the cache gets 256 KB per alliance,
	 * at least 16 MB (cache/page-cache.ts, docs/operations.md).
	 */
	PAGE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(65536).default(128),
	/** Log every SQL statement that takes at least this many milliseconds (0: all); unset: none. */
	LOG_SLOW_QUERIES_MS: z.coerce.number().min(0).max(600000).optional(),
	/** Requests per minute and address for login and forms. */
	RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(10),
	/** Newsletter: mails per batch, and seconds between batches (the rate the SMTP server allows). */
	NEWSLETTER_BATCH_SIZE: z.coerce.number().int().min(1).max(10000).default(100),
	NEWSLETTER_BATCH_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86400).default(60)
});

export type Env = z.infer<typeof schema> & { dataDir: string; uploadDir: string; mailDir: string };

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
	const result = schema.safeParse(source);
	if (!result.success) {
		const lines = result.error.issues.map(
			(issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`
		);
		throw new EnvError(`Ungültige Einstellungen (invalid settings):\n${lines.join('\n')}`);
	}
	const env = result.data;
	if (env.SMTP_HOST && !env.SMTP_FROM) {
		throw new EnvError(
			'Ungültige Einstellungen (invalid settings):\n  SMTP_FROM: wird benötigt, wenn SMTP_HOST gesetzt ist'
		);
	}
	const dataDir = path.resolve(env.DATA_DIR);
	return {
		...env,
		dataDir,
		uploadDir: path.join(dataDir, 'uploads'),
		mailDir: path.join(dataDir, 'mail')
	};
}

let cached: Env | undefined;

/** The validated settings of this process. */
export function env(): Env {
	cached ??= parseEnv(process.env);
	return cached;
}

/** Tests and scripts that change process.env call this to read it again. */
export function resetEnv(): void {
	cached = undefined;
}
