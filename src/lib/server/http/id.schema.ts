import { z } from 'zod';

/** A form that names one record by its id (delete, archive, …): the id as typed, trimmed. */
export const idSchema = z.object({ id: z.string().trim().min(1).max(100) });
