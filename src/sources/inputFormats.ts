// Every kind of input Entente reads, one module each in this folder, and the one list of them.
// Each format is found from what the user brought (its name where the bytes are compressed, its
// content otherwise), read into a staging value (`ImportResult`) and only then turned into claims.
// Adding a format: a module here, and a line in INPUT_FORMATS (and, for a new staged kind, a case in
// app/useSources.ts).
//
// - snapshotFile.ts   an Entente snapshot (.json): replaces the workspace, view included
// - claimsFile.ts     claims as JSON: joins the workspace
// - claimsCsv.ts      claims as CSV (the export's columns, by name): joins the workspace
// - gdeltExport.ts    GDELT 2.0 event exports and ICEWS coded-event files: read in a worker, join the workspace
// - (csv)            any other table with a header row: the user maps its columns (ui/ColumnMappingDialog.tsx),
//                     then it is read in the event import's worker (domain/dyadic/mappedCsv.ts)
// - articleText.ts    an article's text (.txt, .md, .html, or pasted): read by extraction, reviewed
import type { Article, Claim, DataProblem } from '../domain/claims/claim';
import type { Snapshot } from '../export/snapshot';
import { looksLikeTable } from '../domain/dyadic/tableShape';
import { looksLikeGdelt, looksLikeIcews } from './gdeltExport';

export type ImportResult =
  /** Text to read as an article. */
  | { kind: 'article'; text: string }
  /** Event data (pasted, or a file whose name said nothing): to read in the event import's worker. */
  | { kind: 'events'; text: string }
  /** A table of another layout: its columns to be mapped by the user, then read as event data. */
  | { kind: 'table'; text: string }
  /** A snapshot, whole or in part; `problems` lists what its valid part leaves out. */
  | { kind: 'snapshot'; snapshot: Snapshot; problems: DataProblem[] }
  /** Claims (with their articles), whole or in part. */
  | { kind: 'claims'; articles: Article[]; claims: Claim[]; problems: DataProblem[] }
  /** Nothing can be taken from it. */
  | { kind: 'refused'; problems: DataProblem[] };

export interface InputFormat {
  id: 'gdelt' | 'icews' | 'snapshot' | 'claims' | 'claims-csv' | 'csv' | 'article';
  /** How the drop hint and the file picker name it. */
  label: string;
  /** Is a file with this name, starting with this text (decompressed; empty when it could not be read), of this format? */
  detect(name: string, head: string): boolean;
}

// (Here, not in claimsCsv.ts: that reader, and the CSV parser it uses, load only when a file is opened.)
/** Is this text's first row the header of a claims CSV (the export's column names)? */
function looksLikeClaimsCsv(head: string): boolean {
  // (After the "# " lines an export cites itself in.)
  const first = head.replace(/^\uFEFF/, '').split(/\r?\n/).find((line) => !line.startsWith('#')) ?? '';
  const names = new Set(first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase()));
  return ['subject', 'object', 'stance', 'quote'].every((n) => names.has(n));
}

const looksJson = (name: string, head: string) => /\.json$/i.test(name) || /^\s*[{[]/.test(head);

/** The formats, in the order they are tried: the first whose `detect` says yes reads the file. */
export const INPUT_FORMATS: readonly InputFormat[] = [
  { id: 'icews', label: 'ICEWS coded-event files (tab-separated, with their header row; plain, .gz or .zip)', detect: looksLikeIcews },
  { id: 'gdelt', label: 'GDELT 2.0 event exports (tab- or comma-separated, with or without a header row; plain, .gz or .zip)', detect: looksLikeGdelt },
  { id: 'snapshot', label: 'Entente snapshots (.json)', detect: (name, head) => looksJson(name, head) && /"format"\s*:/.test(head) },
  { id: 'claims', label: 'claims (.json, and the .geojson of arcs Entente writes)', detect: looksJson },
  { id: 'claims-csv', label: 'claims (.csv, as Entente exports them)', detect: (_name, head) => looksLikeClaimsCsv(head) },
  { id: 'csv', label: 'any other table of events between states (.csv or .tsv with a header row: you choose its columns)', detect: (_name, head) => looksLikeTable(head) },
  { id: 'article', label: 'articles (.txt, .md, .html)', detect: () => true },
];

/** The format of a file: the first in INPUT_FORMATS that recognises it (an article when nothing else does). */
export function formatOf(name: string, head: string): InputFormat {
  return INPUT_FORMATS.find((f) => f.detect(name, head)) ?? (INPUT_FORMATS[INPUT_FORMATS.length - 1] as InputFormat);
}
