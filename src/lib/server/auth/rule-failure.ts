import { failureOf } from '../http/action.ts';

/** @deprecated the calendar's copy until round 2 of decision 091; use `formAction`. */
export const ruleFailure = failureOf;
