// GDELT events -> Entente claims. One import (however many files were dropped together) is one data
// set: one entry beside the articles, whose text says what was read (the files, rows read, kept and
// skipped by reason, the events' date range) and then lists the events, a line each. Each event
// becomes a claim with certainty `reported` (machine-coded from media), the event's date, and as
// evidence its line (who, the code's name, the code, how often it was mentioned, its source
// address), so that every claim still quotes its text at its offsets.
import type { Article, Claim } from '../claims/claim';
import { countOf } from '../text/countOf';
import type { GdeltEvent, SkipReason } from './gdeltEvents';

/** What one import read: its files and the rows read, kept and skipped by reason. */
export interface EventImport {
  files: readonly string[];
  rows: number;
  skipped: Partial<Record<SkipReason, number>>;
}

const stemOf = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.(?:csv|tsv|txt)?(?:\.(?:gz|zip))?$/i, '').replace(/[^A-Za-z0-9.-]+/g, '-');

/** The data set's summary line: "2 files (a, b); 14,968 rows read, 2,406 kept, 12,562 skipped (…); events from … to …". */
export function describeImport(read: EventImport, kept: number, from: string | null, to: string | null): string {
  const skipped = Object.entries(read.skipped).filter(([, n]) => (n ?? 0) > 0);
  const skippedTotal = skipped.reduce((n, [, k]) => n + (k ?? 0), 0);
  const files = read.files.length === 1 ? (read.files[0] ?? '') : `${countOf(read.files.length, 'file')} (${read.files.join(', ')})`;
  return (
    `${files}; ${countOf(read.rows, 'row')} read, ${kept.toLocaleString('en')} kept, ${skippedTotal.toLocaleString('en')} skipped` +
    (skipped.length ? ` (${skipped.map(([why, n]) => `${why} ${(n ?? 0).toLocaleString('en')}`).join(', ')})` : '') +
    (from && to ? `; events from ${from} to ${to}` : '')
  );
}

export function describeEvent(e: GdeltEvent): string {
  const who = (name: string, code: string) => (name ? `${name} (${code})` : code);
  const source = e.sourceUrl || (e.publisher ? `${e.publisher} (no address given)` : 'none given');
  const code = e.eventCode ? ` [CAMEO ${e.eventCode}]` : '';
  return `${e.date}: ${who(e.aName, e.a)} → ${who(e.bName, e.b)}: ${e.action}${code}, Goldstein ${e.goldstein}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}. Source: ${source}`;
}

/**
 * One data set per import (an entry beside the articles, its text the events, a line each) and one
 * claim per event. `read`: the import's files and counts, or one file's name.
 */
export function eventsToClaims(events: readonly GdeltEvent[], read: EventImport | string): { article: Article; claims: Claim[] } {
  const imported: EventImport = typeof read === 'string' ? { files: [read], rows: events.length, skipped: {} } : read;
  const first = imported.files[0] ?? 'events';
  const stem = stemOf(first);
  const several = imported.files.length > 1;
  // The data set the events come from: GDELT 2.0 unless the reader said otherwise (ICEWS).
  const dataset = events[0]?.dataset ?? 'GDELT 2.0';
  const prefix = dataset === 'GDELT 2.0' ? 'gdelt' : dataset.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const id = `${prefix}-${stem.toLowerCase()}${several ? `-and-${imported.files.length - 1}-more` : ''}`;
  let from: string | null = null;
  let to: string | null = null;
  for (const e of events) {
    if (from === null || e.date < from) from = e.date;
    if (to === null || e.date > to) to = e.date;
  }
  const summary = describeImport(imported, events.length, from, to);
  const lines: string[] = [`${dataset} event data set: ${summary}`, ''];
  let offset = lines.join('\n').length + 1;
  const claims: Claim[] = [];
  for (const e of events) {
    const line = describeEvent(e);
    claims.push({
      id: e.dataset ? e.id : `gdelt-${e.id}`,
      articleId: id,
      subject: e.a,
      object: e.b,
      stance: e.stance,
      directed: true,
      when: { kind: 'point', at: e.date },
      certainty: 'reported',
      attribution: `${dataset.replace(/ 2\.0$/, '')}, machine-coded from media`,
      evidence: { quote: line, start: offset, end: offset + line.length },
      event: {
        system: e.eventCode ? 'CAMEO' : 'stance',
        code: e.eventCode,
        weight: Math.max(1, Math.round(e.mentions)),
        goldstein: Math.max(-10, Math.min(10, e.goldstein || 0)),
        sources: e.sourceUrl ? [e.sourceUrl] : [],
        ...(e.sources !== undefined ? { sourceCount: e.sources } : {}),
        ...(e.root !== undefined ? { root: e.root } : {}),
        dataset,
      },
    });
    lines.push(line);
    offset += line.length + 1;
  }
  const short = dataset.replace(/ 2\.0$/, '');
  const title = several ? `${short} events: ${countOf(imported.files.length, 'file')}` : `${short} events: ${stem}`;
  return {
    article: { id, title, published: to ?? '1900-01-01', source: `${dataset} event data set: ${summary}`, text: lines.join('\n') },
    claims,
  };
}
