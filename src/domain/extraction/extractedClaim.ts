// What extraction gives: its claims and actors, and the claim in Entente's format. Kept apart from
// the extractor so that the app's start-up bundle, which turns accepted claims into map claims, does
// not carry the extractor's rules (they load with the extraction worker).
import type { Claim, When } from '../claims/claim';
import type { Certainty, Stance } from '../claims/vocabulary';

export interface ExtractionInput {
  /** The article's id, for the claims' `articleId`. */
  id: string;
  text: string;
  /** Publication date, YYYY-MM-DD; null when unknown (relative dates then stay unresolved). */
  published: string | null;
  /** Where the body starts (claims are read from the body only); 0 by default. */
  bodyStart?: number;
}

/** One claim as extraction finds it. */
export interface ExtractedClaim {
  a: string;
  b: string;
  directed: boolean;
  stance: Stance;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null for undated background. */
  when: string | null;
  certainty: Certainty;
  attribution: string;
  evidence: string;
  start: number;
  end: number;
  /** The words that name the event or state, as they stand in the text. */
  trigger: string;
  /** Their offsets in the text. */
  triggerStart: number;
  triggerEnd: number;
  /** The CAMEO code of the event, or null for a state of relations ("strained ties"). */
  code: string | null;
}

export interface ExtractedActor {
  id: string;
  home: string | null;
  mentions: string[];
}

export interface Extraction {
  actors: ExtractedActor[];
  claims: ExtractedClaim[];
}

/** An extracted claim in Entente's claim format, for the map. */
export function toClaim(c: ExtractedClaim, articleId: string, index: number): Claim {
  const when: When = c.when === null ? { kind: 'unknown' } : { kind: 'point', at: c.when };
  return {
    id: `${articleId}-${index + 1}`,
    articleId,
    subject: c.a,
    object: c.b,
    stance: c.stance,
    directed: c.directed,
    when,
    certainty: c.certainty,
    attribution: c.attribution,
    evidence: { quote: c.evidence, start: c.start, end: c.end },
    ...(c.code ? { code: c.code } : {}),
    ...(c.triggerEnd > c.triggerStart ? { trigger: { start: c.triggerStart, end: c.triggerEnd } } : {}),
  };
}

/** The actors of an article's claims, each with its home and the words the article named it by (`words`: a mention's text in the original). */
export function articleActors(claims: readonly ExtractedClaim[], mentions: readonly { id: string; start: number; end: number }[], words: (m: { start: number; end: number }) => string, homeOf: (id: string) => string | null): ExtractedActor[] {
  return [...new Set(claims.flatMap((c) => [c.a, c.b]))].map((id) => ({ id, home: homeOf(id), mentions: [...new Set(mentions.filter((m) => m.id === id).map(words))] }));
}
