// Scoring extraction against hand-made annotations, as ../shared/eval/README.md says: each claim is
// reduced to a key (the unordered pair of actor ids and the stance), claims with an international
// organisation are dropped on both sides, and keys are compared as sets per article; the overall
// figure sums the counts over all articles.

import { ORGANISATIONS as KNOWN_ORGANISATIONS } from '../claims/actors';

/** Every international organisation Entente knows (claims/actors.ts), not only the eight the README names as examples: the G7, ECOWAS, the OAS are organisations too. */
export const ORGANISATIONS: readonly string[] = Object.keys(KNOWN_ORGANISATIONS);
/** The Palestinian Authority is PSE, and `pa` is accepted as the same actor. */
const SAME: Record<string, string> = { PSE: 'pa' };

interface KeyClaim {
  a: string;
  b: string;
  stance: string;
}

export function claimKey(c: KeyClaim): string | null {
  const a = SAME[c.a] ?? c.a;
  const b = SAME[c.b] ?? c.b;
  if (ORGANISATIONS.includes(a) || ORGANISATIONS.includes(b)) return null;
  return `${a < b ? a : b}|${a < b ? b : a}|${c.stance}`;
}

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
  missed: string[];
  spurious: string[];
}

export function score(predicted: readonly KeyClaim[], gold: readonly KeyClaim[]): Score {
  const p = new Set(predicted.map(claimKey).filter((k): k is string => k !== null));
  const g = new Set(gold.map(claimKey).filter((k): k is string => k !== null));
  const tp = [...p].filter((k) => g.has(k)).length;
  return finish(tp, p.size, g.size, [...g].filter((k) => !p.has(k)), [...p].filter((k) => !g.has(k)));
}

export function finish(tp: number, predicted: number, gold: number, missed: string[] = [], spurious: string[] = []): Score {
  const precision = predicted ? tp / predicted : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives: tp, predicted, gold, precision, recall, f1, missed, spurious };
}
