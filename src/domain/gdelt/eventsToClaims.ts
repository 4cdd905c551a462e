// GDELT events -> Entente claims. Each event becomes a claim with certainty `reported` (machine-coded
// from media), the event's date, and as evidence one line of a generated text that describes it
// (who, the code's name, the code, how often it was mentioned) and gives its source address, so that
// every claim still quotes its text at its offsets.
import type { Article, Claim } from '../claims/claim';
import type { GdeltEvent } from './gdeltEvents';

export function describeEvent(e: GdeltEvent): string {
  const who = (name: string, code: string) => (name ? `${name} (${code})` : code);
  return `${e.date}: ${who(e.aName, e.a)} → ${who(e.bName, e.b)}: ${e.action} [CAMEO ${e.eventCode}], Goldstein ${e.goldstein}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}. Source: ${e.sourceUrl || 'none given'}`;
}

/** One article per imported file (its events, a line each) and one claim per event. */
export function eventsToClaims(events: readonly GdeltEvent[], file: string): { article: Article; claims: Claim[] } {
  const stem = file.replace(/^.*[\\/]/, '').replace(/\.(?:csv|tsv|txt)?(?:\.(?:gz|zip))?$/i, '').replace(/[^A-Za-z0-9.-]+/g, '-');
  const id = `gdelt-${stem.toLowerCase()}`;
  const lines: string[] = [`GDELT 2.0 events from ${file}`, ''];
  let offset = lines.join('\n').length + 1;
  const claims: Claim[] = [];
  for (const e of events) {
    const line = describeEvent(e);
    claims.push({
      id: `gdelt-${e.id}`,
      articleId: id,
      subject: e.a,
      object: e.b,
      stance: e.stance,
      directed: true,
      when: { kind: 'point', at: e.date },
      certainty: 'reported',
      attribution: 'GDELT, machine-coded from media',
      evidence: { quote: line, start: offset, end: offset + line.length },
      event: {
        system: 'CAMEO',
        code: e.eventCode,
        weight: Math.max(1, Math.round(e.mentions)),
        goldstein: Math.max(-10, Math.min(10, e.goldstein || 0)),
        sources: e.sourceUrl ? [e.sourceUrl] : [],
        dataset: 'GDELT 2.0',
      },
    });
    lines.push(line);
    offset += line.length + 1;
  }
  const latest = events.reduce((d, e) => (e.date > d ? e.date : d), '1900-01-01');
  return {
    article: { id, title: `GDELT events: ${stem}`, published: latest, source: `GDELT 2.0 event export ${file}`, text: lines.join('\n') },
    claims,
  };
}
