// Who speaks a quotation that runs over several sentences: '“We have decided to raise our bilateral
// relations ... our people. Our talks covered defence,” PM Modi said.' The speaker is named after the
// quotation closes, in its last sentence; the "we" of the sentences before is the speaker's too.
import type { Mention } from './actorFinder';
import type { Sentence } from './sentences';

/** How many sentences a quotation may run over before its speaker is named. */
const QUOTE_SPAN = 4;
/** The words a speaker's name may follow after the closing quotation mark (", he said" is no name). */
const SPEAKER_GAP = 40;

/** For each sentence, the speaker of a quotation it is inside of and does not close, named where the quotation closes; undefined otherwise. */
export function quoteSpeakers(sentences: readonly { sentence: Sentence; here: readonly Mention[] }[]): (string[] | undefined)[] {
  const openAtEnd: boolean[] = [];
  const closedAt: number[] = []; // (the offset of the quotation mark that closes a quotation in the sentence, or -1)
  let open = false;
  for (const { sentence } of sentences) {
    let close = -1;
    for (let k = 0; k < sentence.text.length; k++) {
      const ch = sentence.text[k];
      if (ch === '“' || (ch === '"' && !open)) open = true;
      else if (ch === '”' || ch === '"') {
        open = false;
        close = sentence.start + k;
      }
    }
    closedAt.push(close);
    openAtEnd.push(open);
  }
  return sentences.map((_, i) => {
    // (Only a quotation still open at the sentence's end: one closed in the sentence has its speaker there.)
    if (!openAtEnd[i]) return undefined;
    for (let j = i + 1; j < sentences.length && j <= i + QUOTE_SPAN; j++) {
      const close = closedAt[j]!;
      if (close < 0) continue;
      const speaker = sentences[j]!.here.find((m) => m.start > close && m.start - close <= SPEAKER_GAP);
      return speaker ? [speaker.id] : undefined;
    }
    return undefined;
  });
}
