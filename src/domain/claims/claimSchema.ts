// The claim format as zod schemas: claims are validated at every border (imports, snapshots, the
// stored workspace, the seed in its test), so code past the border can trust their shape. Parsing
// returns problems with their field path instead of throwing. The types are in claim.ts, which the
// app loads at start-up; this module (and zod) loads only where data comes in.
import { z } from 'zod';
import type { Claim, DataProblem } from './claim';
import { partialDateProblem } from './partialDate';
import { ACTOR_KINDS, CERTAINTIES, STANCES } from './vocabulary';

// No code generation: zod's compiled parsers use `new Function`, which the app's
// Content-Security-Policy (no unsafe-eval) forbids. The plain parsers are fast enough here.
z.config({ jitless: true });

const partialDate = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** When a claim holds: a point in time, a range ("since 1979" has no end), or unknown. */
export const whenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('point'), at: partialDate }),
  z
    .object({ kind: z.literal('range'), from: partialDate, to: partialDate.nullable() })
    .refine((r) => r.to === null || r.from <= r.to, { message: 'a range must not end before it starts', path: ['to'] }),
  z.object({ kind: z.literal('unknown') }),
]);

/** The quoted words of the article that justify a claim, with their character offsets. */
export const evidenceSchema = z
  .object({
    /** The exact text, as it stands in the article. */
    quote: z.string().min(1),
    /** Offset of the quote's first character in the article text. */
    start: z.number().int().nonnegative(),
    /** Offset just past the quote's last character. */
    end: z.number().int().positive(),
  })
  .refine((e) => e.end - e.start === e.quote.length, { message: 'end - start must equal the quote length', path: ['end'] });

/** An actor id: ISO 3166-1 alpha-3 for states, a lowercase slug for non-state actors. */
export const actorIdSchema = z.string().regex(/^([A-Z]{3}|[a-z][a-z0-9-]*)$/, 'an actor id is an ISO alpha-3 code or a lowercase slug');

const eventFields = z.object({
  /** The coding scheme the code is in: CAMEO, or none but the stance a file gives (a CSV read through a column mapping). */
  system: z.enum(['CAMEO', 'stance']),
  /** The CAMEO code; empty for the stance system. */
  code: z.string().regex(/^(\d{2,4})?$/),
  /** How much it weighs against the pair's other events (R10): GDELT's mentions; 1 for one coded event. */
  weight: z.number().int().positive(),
  /** The Goldstein scale (−10 conflict … +10 cooperation), where the data set gives it (GDELT; ICEWS's intensity). */
  goldstein: z.number().min(-10).max(10).optional(),
  /** Where it was reported: source addresses or story ids. */
  sources: z.array(z.string()),
  /** How many sources reported it, where the data set counts them (GDELT's NumSources). */
  sourceCount: z.number().int().nonnegative().optional(),
  /** Is it the root event of its sentence (GDELT's IsRootEvent)? Absent where the data set does not say. */
  root: z.boolean().optional(),
  /** The data set it came from ("GDELT 2.0"). */
  dataset: z.string().min(1),
});

/**
 * A machine-coded event behind a claim. The first format was GDELT's own shape ({ code, goldstein,
 * mentions, url }); claims saved or exported in it still read, as the source-neutral shape.
 */
export const eventSchema = z.preprocess((raw) => {
  if (raw && typeof raw === 'object' && !('system' in raw) && 'mentions' in raw) {
    const old = raw as { code?: unknown; goldstein?: unknown; mentions?: unknown; url?: unknown };
    return { system: 'CAMEO', code: old.code, weight: old.mentions, goldstein: old.goldstein, sources: typeof old.url === 'string' && old.url ? [old.url] : [], dataset: 'GDELT 2.0' };
  }
  return raw;
}, eventFields.refine((e) => (e.system === 'CAMEO') === (e.code !== ''), { message: 'a CAMEO event has a code; an event with a stance only has none', path: ['code'] }));

export const claimSchema = z
  .object({
    /** Unique within the workspace. */
    id: z.string().min(1),
    /** The article the claim was read from. */
    articleId: z.string().min(1),
    /** Who acts, or the first of the two for a mutual claim. */
    subject: actorIdSchema,
    /** Whom the subject acts on, or the second of the two. */
    object: actorIdSchema,
    /** How the two stand, according to this claim. */
    stance: z.enum(STANCES),
    /** True when the subject acts on the object (accuses, supports, arms, visits); false when mutual. */
    directed: z.boolean(),
    /** When the claim holds. */
    when: whenSchema,
    /** How sure the article is. */
    certainty: z.enum(CERTAINTIES),
    /** Who says so, in the article's words ("Bourita, in a statement"). */
    attribution: z.string().min(1),
    /** The words of the article that justify the claim. */
    evidence: evidenceSchema,
    /** For a claim read from an article: the CAMEO code of the event its words name ("112"), if they name one. */
    code: z
      .string()
      .regex(/^\d{2,4}$/)
      .optional(),
    /** For a claim read from an article: the offsets of the words that name the event, inside the evidence. */
    trigger: z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }).optional(),
    /** For a machine-coded event (GDELT today; ICEWS or any dyadic file next): source-neutral. */
    event: eventSchema.optional(),
  })
  .refine((c) => c.subject !== c.object, { message: 'a claim needs two different actors', path: ['object'] })
  .refine((c) => !c.trigger || (c.trigger.start >= c.evidence.start && c.trigger.end <= c.evidence.end && c.trigger.start < c.trigger.end), {
    message: 'the trigger words must lie inside the evidence',
    path: ['trigger'],
  });

/** An actor that is not a state, drawn at the territory it is anchored to. */
export const actorSchema = z.object({
  id: actorIdSchema,
  name: z.string().min(1),
  kind: z.enum(ACTOR_KINDS),
  /** Other names the actor goes by, for search. */
  aliases: z.array(z.string()),
  /** The ISO alpha-3 code of the territory the actor is drawn in. */
  home: z.string().regex(/^[A-Z]{3}$/),
});

export const articleSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Publication date, `YYYY-MM-DD`. */
  published: partialDate.refine((d) => d.length === 10, 'the publication date must be a day, YYYY-MM-DD'),
  /** Where the text was taken from, in words or as an address. */
  source: z.string(),
  text: z.string().min(1),
});


function pathText(prefix: string, path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : `${text}.${String(key)}`), prefix);
}

export function problemsOf(error: z.ZodError, prefix: string): DataProblem[] {
  return error.issues.map((issue) => ({ path: pathText(prefix, issue.path), message: issue.message }));
}

/** The claims of a list, or the problems that keep it from being one. */
export function parseClaims(data: unknown, prefix = 'claims'): { claims: Claim[]; problems: DataProblem[] } {
  const result = z.array(claimSchema).safeParse(data);
  if (result.success) return { claims: result.data, problems: [] };
  return { claims: [], problems: problemsOf(result.error, prefix) };
}

