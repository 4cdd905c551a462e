// The figures ../shared/eval/README.md reports beside F1: on the keys both sides have, whether the
// direction (of directed claims), the year of `when`, the certainty and the evidence sentence agree;
// how many annotated pairs were found at all, whatever their stance; and actor recall. Counts, so that
// articles can be summed (micro-average) as the headline is.
import { claimKey, ORGANISATIONS } from './score';

export interface DetailClaim {
  a: string;
  b: string;
  stance: string;
  directed?: boolean;
  when?: string | null;
  certainty?: string;
  evidence?: string;
}

export interface ScoreDetails {
  /** Keys in both, and of those: directed in the annotation, with the direction right; year, certainty, evidence right. */
  matched: number;
  directed: number;
  directionRight: number;
  yearRight: number;
  certaintyRight: number;
  evidenceRight: number;
  /** Annotated pairs (unordered, organisations left out), and of those found with any stance. */
  goldPairs: number;
  pairsFound: number;
  /** Annotated actors (organisations left out), and of those found in a predicted claim. */
  goldActors: number;
  actorsFound: number;
}

const pairOf = (c: DetailClaim) => claimKey(c)?.split('|').slice(0, 2).join('|') ?? null;
const year = (when: string | null | undefined) => (when ? when.slice(0, 4) : null);
const sentence = (text: string | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function scoreDetails(predicted: readonly DetailClaim[], gold: readonly DetailClaim[], goldActorIds: readonly string[]): ScoreDetails {
  const byKey = new Map<string, DetailClaim[]>();
  for (const c of predicted) {
    const k = claimKey(c);
    if (k) byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const d: ScoreDetails = { matched: 0, directed: 0, directionRight: 0, yearRight: 0, certaintyRight: 0, evidenceRight: 0, goldPairs: 0, pairsFound: 0, goldActors: 0, actorsFound: 0 };
  const seen = new Set<string>();
  for (const g of gold) {
    const k = claimKey(g);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    const mine = byKey.get(k);
    if (!mine) continue;
    d.matched++;
    // A fact the article states twice is matched by any of the claims read for it.
    if (g.directed) {
      d.directed++;
      if (mine.some((p) => p.directed && p.a === g.a && p.b === g.b)) d.directionRight++;
    }
    if (mine.some((p) => year(p.when) === year(g.when))) d.yearRight++;
    if (mine.some((p) => p.certainty === g.certainty)) d.certaintyRight++;
    if (mine.some((p) => sentence(p.evidence) === sentence(g.evidence))) d.evidenceRight++;
  }
  const predictedPairs = new Set(predicted.map(pairOf));
  const goldPairs = new Set(gold.map(pairOf).filter((p): p is string => p !== null));
  d.goldPairs = goldPairs.size;
  d.pairsFound = [...goldPairs].filter((p) => predictedPairs.has(p)).length;
  const actors = new Set(goldActorIds.filter((id) => !ORGANISATIONS.includes(id)));
  const found = new Set(predicted.flatMap((c) => [c.a, c.b]));
  d.goldActors = actors.size;
  d.actorsFound = [...actors].filter((id) => found.has(id) || (id === 'PSE' && found.has('pa')) || (id === 'pa' && found.has('PSE'))).length;
  return d;
}

/** The sum of two sets of counts. */
export function addDetails(x: ScoreDetails, y: ScoreDetails): ScoreDetails {
  const out = { ...x };
  for (const k of Object.keys(out) as (keyof ScoreDetails)[]) out[k] += y[k];
  return out;
}

export const NO_DETAILS: ScoreDetails = { matched: 0, directed: 0, directionRight: 0, yearRight: 0, certaintyRight: 0, evidenceRight: 0, goldPairs: 0, pairsFound: 0, goldActors: 0, actorsFound: 0 };
