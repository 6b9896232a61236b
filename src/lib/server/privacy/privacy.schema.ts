import { z } from 'zod';
import { emailField } from '../accounts/account.schema.ts';

/** The address a person asked about. */
export const privacyLookupSchema = z.object({ email: emailField });

/** Erasing needs the address and an explicit confirmation. */
export const privacyEraseSchema = z.object({
	email: emailField,
	confirm: z.literal('on', { message: 'privacyRequests.error.confirm' })
});
