import { error } from '@sveltejs/kit';
import { isRuleError } from '../../auth/rule-error.ts';
import { ruleFailure } from '../../auth/rule-failure.ts';

/**
 * Runs a service call from a form action of the calendar's workflows. A broken rule becomes a
 * form message on the right field (what was typed stays); "not found" and "forbidden" become a
 * 404 page, so nobody learns anything about events that are not theirs.
 */
export async function attempt<T>(
	form: FormData,
	run: () => Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; failure: ReturnType<typeof ruleFailure> }> {
	try {
		return { ok: true, value: await run() };
	} catch (e) {
		if (!isRuleError(e)) throw e;
		if (e.status === 404 || e.status === 403) error(404, 'error.notFound');
		return { ok: false, failure: ruleFailure(e, form) };
	}
}
