// The stored workspace's shape, checked when it is read back from IndexedDB (workspaceStore.ts loads
// this module, and zod with it, only then: never at start-up).
import { z } from 'zod';
import { articleSchema, claimSchema } from '../domain/claims/claimSchema';
import { REVIEW_STATUSES } from './workspaceData';

export const workspaceDataSchema = z.object({
  articles: z.array(articleSchema),
  claims: z.array(claimSchema),
  review: z.record(z.string(), z.enum(REVIEW_STATUSES)),
  removed: z.array(z.string()),
});

/** The stored parts: the articles, reviews and removals with the number of claim chunks; and a chunk of claims. */
export const metaSchema = workspaceDataSchema.omit({ claims: true }).extend({ chunks: z.number().int().min(0) });
export const chunkSchema = workspaceDataSchema.shape.claims;

const touched = <T extends z.ZodType>(value: T) => z.array(z.tuple([z.string(), value.nullable()]));
const changeSideSchema = z.object({
  articles: touched(articleSchema),
  articleOrder: z.array(z.string()).nullable(),
  claims: touched(claimSchema),
  claimOrder: z.array(z.string()).nullable(),
  review: touched(z.enum(REVIEW_STATUSES)),
  removed: z.array(z.string()),
});
const changeSchema = z.object({ label: z.string(), before: changeSideSchema, after: changeSideSchema });
/** The undo history saved beside the workspace (state/history.ts). */
export const historySchema = z.object({ undo: z.array(changeSchema), redo: z.array(changeSchema) });
