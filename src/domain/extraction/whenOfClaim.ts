// When a claim read from a sentence happened: the time expression nearest its trigger, or the
// publication date for a present or perfect tense with no date (a background state is undated).
import type { FoundTime } from '../claims/resolveTime';

/** Present or perfect tense with no date: the claim holds at publication. */
const PRESENT = /\b(?:has|have|is|are|will|says|say|said on|announced|now)\b/i;

export function whenOf(times: readonly FoundTime[], triggerAt: number, sentence: string, published: string | null): string | null {
  let best: FoundTime | null = null;
  for (const t of times) if (!best || Math.abs(t.start - triggerAt) < Math.abs(best.start - triggerAt)) best = t;
  if (best) return best.when.kind === 'point' ? best.when.at : best.when.kind === 'range' ? best.when.from : published;
  return PRESENT.test(sentence) ? published : null;
}
