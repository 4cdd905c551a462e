// An article's text cut into runs for highlighting: each run is either plain text or covered by the
// evidence of one or more claims. Overlapping and identical quotes (one sentence that supports
// several claims) share runs, so that every character is drawn once.
import type { Claim } from './claim';

export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** The claims whose evidence covers this run, in input order; empty for plain text. */
  claims: Claim[];
}

export function evidenceSegments(text: string, claims: readonly Claim[]): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const c of claims) {
    if (c.evidence.end > text.length || c.evidence.start >= c.evidence.end) continue;
    cuts.add(c.evidence.start);
    cuts.add(c.evidence.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = claims.filter((c) => c.evidence.start <= start && c.evidence.end >= end && c.evidence.end <= text.length);
    const last = segments[segments.length - 1];
    // Merge neighbouring plain runs, and neighbouring runs covered by exactly the same claims.
    if (last && sameClaims(last.claims, covering)) {
      last.end = end;
      last.text = text.slice(last.start, end);
    } else {
      segments.push({ start, end, text: text.slice(start, end), claims: covering });
    }
  }
  return segments;
}

function sameClaims(x: readonly Claim[], y: readonly Claim[]): boolean {
  return x.length === y.length && x.every((c, i) => c === y[i]);
}
