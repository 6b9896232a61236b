import { common } from './common.ts';

/** All German UI strings; each area keeps its own file beside this one. */
export const de = { ...common };
