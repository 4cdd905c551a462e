// The snapshot's shape, as a zod schema: what sources/snapshotFile.ts checks a snapshot against.
import { z } from 'zod';
import { articleSchema, claimSchema } from '../domain/claims/claimSchema';
import { isPartialDate } from '../domain/claims/partialDate';
import { CERTAINTIES, STANCES } from '../domain/claims/vocabulary';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot';

const actorId = z.string().regex(/^([A-Z]{3}|[a-z][a-z0-9-]*)$/);
const selectionSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('country'), id: actorId }),
    z.object({ kind: z.literal('pair'), key: z.string().regex(/^[^|]+\|[^|]+$/) }),
  ])
  .nullable();

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  articles: z.array(articleSchema),
  claims: z.array(claimSchema),
  /** Review status by claim id (a claim with none is accepted); optional, as in the first snapshots. */
  review: z.record(z.string(), z.enum(['accepted', 'pending', 'rejected'])).optional(),
  /** Articles removed from the map but kept. */
  removed: z.array(z.string()).optional(),
  view: z.object({
    center: z.tuple([z.number().min(-1080).max(1080), z.number().min(-90).max(90)]),
    zoom: z.number().min(0).max(24),
  }),
  state: z.object({
    asOf: z.string().refine((d) => d.length === 10 && isPartialDate(d), 'the date must be a real day, YYYY-MM-DD'),
    selection: selectionSchema,
    hiddenStances: z.array(z.enum(STANCES)),
    hiddenCertainties: z.array(z.enum(CERTAINTIES)),
    view: z.enum(['map', 'list']),
    /** Absent in snapshots written before the globe: Mercator. */
    projection: z.enum(['mercator', 'globe']).optional(),
    /** The event window in days (R10); absent: the year before. */
    eventWindow: z.number().int().min(1).max(36_500).optional(),
    /** The fewest events in the window an event pair needs to be shown; absent: 1 (all). */
    minEvents: z.number().int().min(1).max(9_999_999).optional(),
    /** Relations from articles and events (absent), articles only, or events only. */
    basis: z.enum(['both', 'articles', 'events']).optional(),
    /** Each actor's strongest relations only, at most this many; absent: all. */
    topPartners: z.number().int().min(0).max(9_999).optional(),
    /** Which coded events count; absent: all of them. */
    eventSelection: z
      .object({
        roots: z.array(z.number().int().min(1).max(20)),
        quads: z.array(z.number().int().min(1).max(4)),
        rootOnly: z.boolean(),
        minSources: z.number().int().min(1).max(999_999),
      })
      .optional(),
  }),
});
