import type { de } from '../de/index.ts';
import { common } from './common.ts';

export const en: Record<keyof typeof de, string> = { ...common };
