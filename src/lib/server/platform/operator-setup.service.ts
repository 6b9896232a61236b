import { z } from 'zod';
import type { Auth } from '../auth/auth.ts';
import { createAccount } from '../accounts/account.service.ts';
import { emailField, PASSWORD_MAX, PASSWORD_MIN } from '../accounts/account.schema.ts';
import type { ServiceContext } from '../context.ts';
import { countOperators, emailInUse } from './operator.repository.ts';

/*
 * First run of a real installation (SEED_DEMO=false): `npm run setup` creates the operator with
 * the password they choose. Nobody else can do it later: once an operator exists, the step
 * refuses (further operators are a deliberate `--weiteres` call on the server's shell).
 */

const operatorSetupSchema = z.object({
	name: z.string().trim().min(2).max(120),
	email: emailField,
	password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX)
});

export type OperatorSetupInput = z.input<typeof operatorSetupSchema>;

export type OperatorSetupResult =
	{ ok: true; userId: string; email: string } | { ok: false; problems: string[] };

type Ctx = Pick<ServiceContext, 'db'> & { auth: Auth };

/** Whether the installation still lacks an operator (start prints the hint to run setup). */
export async function needsOperatorSetup(ctx: Pick<ServiceContext, 'db'>): Promise<boolean> {
	return (await countOperators(ctx.db)) === 0;
}

export async function createOperator(
	ctx: Ctx,
	input: OperatorSetupInput,
	options: { additional?: boolean } = {}
): Promise<OperatorSetupResult> {
	const parsed = operatorSetupSchema.safeParse(input);
	if (!parsed.success) {
		return {
			ok: false,
			problems: parsed.error.issues.map((issue) => {
				const field = String(issue.path[0] ?? '');
				if (field === 'password')
					return `Das Passwort braucht ${PASSWORD_MIN} bis ${PASSWORD_MAX} Zeichen.`;
				if (field === 'email') return 'Die E-Mail-Adresse ist nicht gültig.';
				return 'Der Name braucht 2 bis 120 Zeichen.';
			})
		};
	}
	if (!options.additional && !(await needsOperatorSetup(ctx))) {
		return {
			ok: false,
			problems: [
				'Es gibt schon ein Betriebskonto. Ein weiteres legen Sie mit `npm run setup -- --weiteres` an.'
			]
		};
	}
	if (await emailInUse(ctx.db, parsed.data.email)) {
		return { ok: false, problems: ['Mit dieser E-Mail-Adresse gibt es schon ein Konto.'] };
	}
	const { userId } = await createAccount(ctx, { ...parsed.data, platformAdmin: true });
	return { ok: true, userId, email: parsed.data.email };
}
