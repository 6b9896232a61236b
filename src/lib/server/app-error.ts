/**
 * The one error type of the application's rules (decision 091). A service throws it when a
 * rule is broken (not a bug): a `code` that says what kind of "no" it is, a message key for the
 * person, and optionally the form field (or fields) the message belongs to. Which HTTP status a
 * code answers with is decided here, once; routes turn the error into a form message or an
 * error page through `formAction` (http/action.ts). Framework-free, so services may throw it.
 */

export const STATUS_OF = {
	INVALID: 400,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409,
	GONE: 410,
	TOO_LARGE: 413,
	RATE_LIMITED: 429
} as const;

export type ErrorCode = keyof typeof STATUS_OF;
export type ErrorStatus = (typeof STATUS_OF)[ErrorCode];

/** Message keys per form field (translated in the page), e.g. `{ slug: { key: 'page.slugTaken' } }`. */
export type FieldErrors = Record<string, { key: string; params?: Record<string, string | number> }>;

export class AppError extends Error {
	readonly code: ErrorCode;
	/** i18n message key, e.g. 'accounts.error.lastCoordinator' */
	readonly key: string;
	/** The one form field the message belongs to, if any */
	readonly field: string | undefined;
	/** Messages for several fields at once (a content form with more than one problem) */
	readonly fields: FieldErrors;

	/** `where`: the field the message belongs to, or messages for several fields. */
	constructor(code: ErrorCode, key: string, where?: string | FieldErrors | Record<string, string>) {
		super(key);
		this.name = 'AppError';
		this.code = code;
		this.key = key;
		if (typeof where === 'string') {
			this.field = where;
			this.fields = { [where]: { key } };
		} else {
			this.field = undefined;
			this.fields = Object.fromEntries(
				Object.entries(where ?? {}).map(([f, m]) => [f, typeof m === 'string' ? { key: m } : m])
			);
		}
	}

	get status(): ErrorStatus {
		return STATUS_OF[this.code];
	}
}

export function isAppError(error: unknown): error is AppError {
	return error instanceof AppError;
}

const CODE_OF: Record<number, ErrorCode> = Object.fromEntries(
	Object.entries(STATUS_OF).map(([code, status]) => [status, code as ErrorCode])
);

/** The code that answers with `status` (400 for anything unknown). */
export function codeOf(status: number): ErrorCode {
	return CODE_OF[status] ?? 'INVALID';
}
