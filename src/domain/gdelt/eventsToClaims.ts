// GDELT events -> Entente claims. One import (however many files were dropped together) is one data
// set: one entry beside the articles, whose text says what was read (the files, rows read, kept and
// skipped by reason, the events' date range) and then lists the events, a line each. Each event
// becomes a claim with certainty `reported` (machine-coded from media), the event's date, and as
// evidence its line (who, the code's name, the code, how often it was mentioned, its source
// address), so that every claim still quotes its text at its offsets.
import type { Article, Claim } from '../claims/claim';
import { STANCES, type Stance } from '../claims/vocabulary';
import { countOf, groupThousands } from '../text/countOf';
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
    `${files}; ${countOf(read.rows, 'row')} read, ${groupThousands(kept)} kept, ${groupThousands(skippedTotal)} skipped` +
    (skipped.length ? ` (${skipped.map(([why, n]) => `${why} ${groupThousands(n ?? 0)}`).join(', ')})` : '') +
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
 * An import's events as columns: the data set's entry (its text the events, a line each) and, per
 * event, numbers and indexes into small tables. A worker hands these to the page as a few strings and
 * typed arrays (transferred, not copied), and the page makes the claims from them a slice at a time
 * (`claimsFromColumns`): 130,000 claim objects cloned between threads took longer than making them.
 */
export interface EventColumns {
  article: Article;
  dataset: string;
  /** The events' ids, one a line. */
  ids: string;
  /** Actor codes and CAMEO codes, each event's an index into them. */
  actors: string[];
  subject: Uint16Array;
  object: Uint16Array;
  codes: string[];
  code: Uint16Array;
  /** YYYYMMDD. */
  day: Uint32Array;
  /** Index into STANCES. */
  stance: Uint8Array;
  weight: Uint32Array;
  goldstein: Float32Array;
  /** NumSources, or -1 where the data set does not count them. */
  sourceCount: Int32Array;
  /** IsRootEvent: 1, 0, or -1 where the data set does not say. */
  root: Int8Array;
  /** Source addresses, one a line (empty for none). */
  sources: string;
  /** Each event's line in the entry's text. */
  quoteStart: Uint32Array;
  quoteEnd: Uint32Array;
}

export function eventsToColumns(events: readonly GdeltEvent[], read: EventImport | string): EventColumns {
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
  const n = events.length;
  const table = () => {
    const list: string[] = [];
    const at = new Map<string, number>();
    return { list, of: (x: string) => at.get(x) ?? (at.set(x, list.length), list.push(x) - 1) };
  };
  const actors = table();
  const codes = table();
  const columns = {
    subject: new Uint16Array(n),
    object: new Uint16Array(n),
    code: new Uint16Array(n),
    day: new Uint32Array(n),
    stance: new Uint8Array(n),
    weight: new Uint32Array(n),
    goldstein: new Float32Array(n),
    sourceCount: new Int32Array(n),
    root: new Int8Array(n),
    quoteStart: new Uint32Array(n),
    quoteEnd: new Uint32Array(n),
  };
  const ids: string[] = new Array(n);
  const sources: string[] = new Array(n);
  events.forEach((e, i) => {
    const line = describeEvent(e);
    ids[i] = e.dataset ? e.id : `gdelt-${e.id}`;
    columns.subject[i] = actors.of(e.a);
    columns.object[i] = actors.of(e.b);
    columns.code[i] = codes.of(e.eventCode);
    columns.day[i] = Number(e.date.replace(/-/g, ''));
    columns.stance[i] = STANCES.indexOf(e.stance);
    columns.weight[i] = Math.max(1, Math.round(e.mentions));
    columns.goldstein[i] = Math.max(-10, Math.min(10, e.goldstein || 0));
    columns.sourceCount[i] = e.sources ?? -1;
    columns.root[i] = e.root === undefined ? -1 : e.root ? 1 : 0;
    sources[i] = e.sourceUrl;
    columns.quoteStart[i] = offset;
    columns.quoteEnd[i] = offset + line.length;
    lines.push(line);
    offset += line.length + 1;
  });
  const short = dataset.replace(/ 2\.0$/, '');
  const title = several ? `${short} events: ${countOf(imported.files.length, 'file')}` : `${short} events: ${stem}`;
  return {
    article: { id, title, published: to ?? '1900-01-01', source: `${dataset} event data set: ${summary}`, text: lines.join('\n') },
    dataset,
    ids: ids.join('\n'),
    actors: actors.list,
    codes: codes.list,
    sources: sources.join('\n'),
    ...columns,
  };
}

/** The typed arrays of the columns, to transfer them to another thread. */
export function columnBuffers(c: EventColumns): ArrayBuffer[] {
  return [c.subject, c.object, c.code, c.day, c.stance, c.weight, c.goldstein, c.sourceCount, c.root, c.quoteStart, c.quoteEnd].map((a) => a.buffer as ArrayBuffer);
}

/** The claims of events `from` to `to` (not included) of the columns; `split`, the ids and sources split into lines once. */
export function claimsFromColumns(c: EventColumns, from: number, to: number, split: { ids: string[]; sources: string[] }): Claim[] {
  const attribution = `${c.dataset.replace(/ 2\.0$/, '')}, machine-coded from media`;
  const text = c.article.text;
  const claims: Claim[] = [];
  for (let i = from; i < Math.min(to, c.day.length); i++) {
    const day = String(c.day[i]);
    const code = c.codes[c.code[i] as number] as string;
    const start = c.quoteStart[i] as number;
    const end = c.quoteEnd[i] as number;
    const source = split.sources[i] ?? '';
    const count = c.sourceCount[i] as number;
    const root = c.root[i] as number;
    claims.push({
      id: split.ids[i] as string,
      articleId: c.article.id,
      subject: c.actors[c.subject[i] as number] as string,
      object: c.actors[c.object[i] as number] as string,
      stance: STANCES[c.stance[i] as number] as Stance,
      directed: true,
      when: { kind: 'point', at: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}` },
      certainty: 'reported',
      attribution,
      evidence: { quote: text.slice(start, end), start, end },
      event: {
        system: code ? 'CAMEO' : 'stance',
        code,
        weight: c.weight[i] as number,
        // (Through a Float32Array and back: rounded to the tenths the data sets give.)
        goldstein: Math.round((c.goldstein[i] as number) * 1000) / 1000,
        sources: source ? [source] : [],
        ...(count >= 0 ? { sourceCount: count } : {}),
        ...(root >= 0 ? { root: root === 1 } : {}),
        dataset: c.dataset,
      },
    });
  }
  return claims;
}

/** The ids and sources of the columns, split into lines (once per import). */
export function splitColumns(c: EventColumns): { ids: string[]; sources: string[] } {
  return { ids: c.ids.split('\n'), sources: c.sources.split('\n') };
}

/**
 * One data set per import (an entry beside the articles, its text the events, a line each) and one
 * claim per event. `read`: the import's files and counts, or one file's name.
 */
export function eventsToClaims(events: readonly GdeltEvent[], read: EventImport | string): { article: Article; claims: Claim[] } {
  const columns = eventsToColumns(events, read);
  return { article: columns.article, claims: claimsFromColumns(columns, 0, events.length, splitColumns(columns)) };
}
