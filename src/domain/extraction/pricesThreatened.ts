// A price another is told it will pay: "China said the United States would pay a price for its boycott", "The United
// States will have to pay a price, China says". Said by one state of another, it is a threat (CAMEO 13), tense from the
// one who says it toward the one who is to pay; the verb "pay" alone would read as a payment (CAMEO 031/061).
import type { ActorGroup } from './actorGroups';
import { REPORTING } from './clauses';
import type { Pairing } from './discourse';
import type { Token } from './tokens';
import type { Trigger } from './trigger';

export const PRICE_WHY = '"the United States will pay a price, China said": a price another is told it will pay is a threat (CAMEO 13), tense toward it';

/** The threats told as a price to pay, each with the reporting verb that tells whose threat it is. */
export function pricesThreatened(tokens: readonly Token[]): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.lemma !== 'pay' || tokens[i]?.pos !== 'VERB') continue;
    const price = tokens.slice(i + 1, i + 5).findIndex((t) => t.lower === 'price');
    if (price < 0 && tokens[i + 1]?.lower !== 'dearly') continue;
    // (A price to come: "will", "would", "must", "will have to"; not one paid: "paid a heavy price in the war".)
    if (!tokens.slice(Math.max(0, i - 4), i).some((t) => /^(?:will|would|'ll|must|shall)$/.test(t.lower))) continue;
    const reporter = reporterOf(tokens, i);
    if (reporter < 0 || tokens.slice(Math.max(0, reporter - 3), reporter).some((t) => /^(?:not|n't|never)$/.test(t.lower))) continue; // (nor one not said)
    const to = price >= 0 ? i + 2 + price : i + 2;
    out.push({ kind: 'verb', head: i, end: i + 1, from: i, to, code: '130', stance: 'tense', mutual: false, passive: false, negated: false, intent: false, absorbed: false, why: PRICE_WHY, threat: { reporter } });
  }
  return out;
}

/** The reporting verb before the price ("said the US would pay") or closing the sentence after it (", China says"). */
function reporterOf(tokens: readonly Token[], at: number): number {
  const before = tokens.findLastIndex((t, k) => k < at && k >= at - 16 && t.pos === 'VERB' && REPORTING.has(t.lemma));
  if (before >= 0 && !tokens.slice(before + 1, at).some((t) => /^[.;]$/.test(t.text))) return before;
  const comma = tokens.findIndex((t, k) => k > at && t.text === ',' && tokens.slice(k + 1, k + 9).some((x) => x.pos === 'VERB' && REPORTING.has(x.lemma)));
  if (comma < 0) return -1;
  return tokens.findIndex((t, k) => k > comma && k <= comma + 8 && t.pos === 'VERB' && REPORTING.has(t.lemma));
}

/** Who threatens whom: the subject of the reporting verb toward the subject of "pay". */
export function threatPair(tokens: readonly Token[], groups: readonly ActorGroup[], trigger: Trigger, subjectAt: (at: number) => ActorGroup | null): Pairing | null {
  const reporter = trigger.threat?.reporter ?? -1;
  // (After the price, the reporter's subject stands between the comma and it: ", Chinese Foreign Ministry Spokesperson Wang Wenbin said".)
  const speaker = reporter > trigger.head ? [...groups].reverse().find((g) => g.first > trigger.head && g.end <= reporter) : subjectAt(reporter);
  const payer = [...groups].reverse().find((g) => g.end <= trigger.head && (reporter > trigger.head || g.first > reporter) && !g.place && !g.possessive);
  if (!speaker || !payer || payer.ids.some((id) => speaker.ids.includes(id))) return null;
  return { sources: [...speaker.ids], targets: [...payer.ids], within: false, subject: speaker };
}
