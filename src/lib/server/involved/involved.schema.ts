import { z } from 'zod';

/** The texts of "Machen Sie mit" a coordinator may write; each empty one shows the default. */
export const INVOLVED_KEYS = ['intro', 'actions', 'donate', 'partner', 'share', 'events'] as const;
export type InvolvedKey = (typeof INVOLVED_KEYS)[number];
export type InvolvedTexts = Partial<Record<InvolvedKey, string>>;

const text = z
	.string()
	.trim()
	.max(1000)
	.optional()
	.transform((v) => v ?? '');

export const involvedTextsSchema = z.object(
	Object.fromEntries(INVOLVED_KEYS.map((k) => [k, text])) as Record<InvolvedKey, typeof text>
);
