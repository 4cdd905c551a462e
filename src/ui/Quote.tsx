// A claim's quoted sentence, with the words that name its event marked: text only, never HTML.
import type { Claim } from '../domain/claims/claim';
import { quoteParts } from './claimText';

export function Quote({ claim }: { claim: Claim }) {
  const [before, words, after] = quoteParts(claim);
  return (
    <blockquote>
      “{before}
      {words && <mark className="trigger">{words}</mark>}
      {after}”
    </blockquote>
  );
}
