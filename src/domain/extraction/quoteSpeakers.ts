// Who speaks a quotation that runs over several sentences: '“We have decided to raise our bilateral
// relations ... our people. Our talks covered defence,” PM Modi said.' The speaker is named after the
// quotation closes, in its last sentence; the "we" of the sentences before is the speaker's too.
// A quotation that "the statement said" is its author's, the actor the sentence before it opened told
// first ('The Japanese Ministry of Defense announced a protest ... “... we will continue to work closely
// with the United States,” the official statement said.'); in its last sentence too, where no name speaks.
import type { Mention } from './actorFinder';
import type { Sentence } from './sentences';

/** How many sentences a quotation may run over before its speaker is named. */
const QUOTE_SPAN = 4;
/** The words a speaker's name may follow after the closing quotation mark (", he said" is no name). */
const SPEAKER_GAP = 40;
/** A document that speaks a quotation, right after it closes: ', the official statement said'. */
const DOCUMENT_SAID = /^[,\s]*(?:the|its|their|a)\s+(?:(?:official|joint|written|brief|ministry's|ministry|government|government's)\s+)*(?:statement|communiqu[eé]|press release|release|message|note)\s+(?:said|says|read|reads|stated|states|added)\b/i;

/** For each sentence, the speaker of a quotation it is inside of and does not close, named where the quotation closes; undefined otherwise. */
export function quoteSpeakers(sentences: readonly { sentence: Sentence; here: readonly Mention[] }[]): (string[] | undefined)[] {
  const openAtEnd: boolean[] = [];
  const closedAt: number[] = []; // (the offset of the quotation mark that closes a quotation in the sentence, or -1)
  const openedIn: number[] = []; // (the sentence the quotation closed in the sentence opened in, or -1)
  let open = false, opened = -1;
  for (const [i, { sentence }] of sentences.entries()) {
    let close = -1, closedOpening = -1;
    for (let k = 0; k < sentence.text.length; k++) {
      const ch = sentence.text[k];
      if (ch === '“' || (ch === '"' && !open)) [open, opened] = [true, i];
      else if (ch === '”' || ch === '"') {
        open = false;
        close = sentence.start + k;
        closedOpening = opened;
      }
    }
    closedAt.push(close);
    openedIn.push(closedOpening);
    openAtEnd.push(open);
  }
  // The speaker of the quotation a sentence closes: a name right after it, or the author of a statement that says it.
  const speakerAt = (j: number): { ids: string[]; document: boolean } | undefined => {
    const close = closedAt[j]!;
    const speaker = sentences[j]!.here.find((m) => m.start > close && m.start - close <= SPEAKER_GAP);
    if (speaker) return { ids: [speaker.id], document: false };
    const { sentence } = sentences[j]!;
    if (!DOCUMENT_SAID.test(sentence.text.slice(close - sentence.start + 1))) return undefined;
    for (let b = openedIn[j]! - 1; b >= 0 && b >= openedIn[j]! - 2; b--) if (sentences[b]!.here.length > 0) return { ids: [sentences[b]!.here[0]!.id], document: true };
    return undefined;
  };
  return sentences.map((_, i) => {
    // (Only a quotation still open at the sentence's end: one closed in the sentence has its speaker there, but for a statement's.)
    if (!openAtEnd[i]) return ((own) => (own?.document ? own.ids : undefined))(closedAt[i]! >= 0 && openedIn[i]! >= 0 ? speakerAt(i) : undefined);
    for (let j = i + 1; j < sentences.length && j <= i + QUOTE_SPAN; j++) {
      if (closedAt[j]! < 0) continue;
      return speakerAt(j)?.ids;
    }
    return undefined;
  });
}
