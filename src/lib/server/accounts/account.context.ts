import type { Auth } from '../auth/auth.ts';
import type { ServiceContext } from '../context.ts';

/** What the account services need: the database, mail, logging and Better Auth. */
export type AccountContext = Pick<ServiceContext, 'db' | 'log' | 'mailer' | 'publicUrl'> & {
	auth: Auth;
	/** Settings; RATE_LIMIT_PER_MINUTE defaults to 10 when absent (tests) */
	env?: { RATE_LIMIT_PER_MINUTE: number };
};
