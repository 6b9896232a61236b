import { z } from 'zod';

export const contactSchema = z.object({
	name: z.string().trim().min(1).max(120),
	email: z.string().trim().toLowerCase().pipe(z.email()),
	subject: z.string().trim().min(1).max(200),
	message: z.string().trim().min(10).max(5000),
	/** Honeypot: people leave it empty (it is hidden); bots fill it. */
	website: z.string().max(500).optional().default('')
});

export type ContactInput = z.infer<typeof contactSchema>;
