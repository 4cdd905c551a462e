// GDELT import, off the main thread: files are read as streams (gzip through DecompressionStream, a
// ZIP's first file through deflate-raw), parsed row by row (each file's separator and header row
// found from its first line), and progress is posted as it goes. All the files of one import become
// one data set. The map stays usable; cancelling terminates the worker.
import { columnBuffers, type EventColumns, eventsToColumns } from '../domain/gdelt/eventsToClaims';
import { type GdeltEvent, type GdeltProgress, gdeltLayoutOf, isHeaderRow, parseGdeltRow, type RowResult, type Separator, type SkipReason } from '../domain/gdelt/gdeltEvents';
import { foldForSearch } from '../domain/geo/actorSearch';
import { type ColumnMapping, parseMappedRow } from '../domain/dyadic/mappedCsv';
import { type IcewsHeader, icewsHeaderOf, parseIcewsRow } from '../domain/icews/icewsEvents';

export type { GdeltProgress };

/**
 * Progress as it goes; the events as columns (typed arrays transferred, a few strings: the page makes
 * the claims from them); then `done` with the counts.
 */
export type GdeltWorkerMessage =
  | GdeltProgress
  | { type: 'columns'; columns: EventColumns }
  | { type: 'done'; rows: number; kept: number; skipped: Partial<Record<SkipReason, number>> }
  | { type: 'error'; message: string };

/**
 * The files, the codes of the states on the map, their names (for files that name countries: ICEWS,
 * mapped CSV), and for a CSV of any layout the user's column mapping.
 */
export interface EventImportRequest {
  files: File[];
  states: string[];
  names?: [string, string][];
  mapping?: ColumnMapping;
}
const scope = self as unknown as { onmessage: ((e: MessageEvent<EventImportRequest>) => void) | null; postMessage: (m: GdeltWorkerMessage, transfer?: Transferable[]) => void };

/** The DOM typings make byte streams and (de)compression streams disagree on chunk types; they agree at run time. */
type Bytes = ReadableWritablePair<Uint8Array, Uint8Array>;
const gunzip = () => new DecompressionStream('gzip') as unknown as Bytes;
const inflateRaw = () => new DecompressionStream('deflate-raw') as unknown as Bytes;
const utf8 = () => new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>;

async function decompressedStream(file: File, count: (n: number) => void): Promise<ReadableStream<Uint8Array>> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const counted = (file.stream() as ReadableStream<Uint8Array>).pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        count(chunk.byteLength);
        controller.enqueue(chunk);
      },
    }),
  );
  if (head[0] === 0x1f && head[1] === 0x8b) return counted.pipeThrough(gunzip());
  if (head[0] === 0x50 && head[1] === 0x4b) {
    const data = new Uint8Array(await new Response(counted).arrayBuffer());
    const view = new DataView(data.buffer);
    let end = -1;
    for (let i = data.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
    if (end < 0) throw new Error(`${file.name}: not a ZIP archive`);
    const central = view.getUint32(end + 16, true);
    const method = view.getUint16(central + 10, true);
    const size = view.getUint32(central + 20, true);
    const local = view.getUint32(central + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const body = new Blob([data.subarray(start, start + size)]).stream() as ReadableStream<Uint8Array>;
    if (method === 0) return body;
    if (method === 8) return body.pipeThrough(inflateRaw());
    throw new Error(`${file.name}: ZIP compression method ${method} is not supported`);
  }
  return counted;
}

scope.onmessage = async (e) => {
  const { files, states, names = [], mapping } = e.data;
  const isState = (code: string) => stateSet.has(code);
  const stateSet = new Set(states);
  const byName = new Map(names.map(([name, code]) => [foldForSearch(name), code]));
  // (Files that name countries repeat a few hundred names over their rows: each is folded once.)
  const seen = new Map<string, string | undefined>();
  const codeOfName = (name: string) => {
    if (seen.has(name)) return seen.get(name);
    const code = byName.get(foldForSearch(name));
    seen.set(name, code);
    return code;
  };
  /** A mapped CSV's cell: a state's alpha-3 code, or one of its names. */
  const codeOfCell = (cell: string) => (stateSet.has(cell.toUpperCase()) ? cell.toUpperCase() : codeOfName(cell));
  const bytesTotal = files.reduce((n, f) => n + f.size, 0);
  let bytesRead = 0;
  let rows = 0;
  let kept = 0;
  const skipped: Partial<Record<SkipReason, number>> = {};
  const events: GdeltEvent[] = [];
  try {
    for (let f = 0; f < files.length; f++) {
      const file = files[f] as File;
      let separator: Separator | null = null;
      /** An ICEWS file's columns, from its header row; null for GDELT's layout. */
      let icews: IcewsHeader | null = null;
      let first = true;
      let lineNumber = 0;
      const fileStem = file.name.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
      const post = () => scope.postMessage({ type: 'progress', file: file.name, files: files.length, fileIndex: f, bytesRead, bytesTotal, rows, kept, skipped: { ...skipped } });
      const stream = (await decompressedStream(file, (n) => (bytesRead += n))).pipeThrough(utf8());
      const reader = stream.getReader();
      let rest = '';
      const take = (line: string) => {
        lineNumber++;
        if (line === '' || line === '\r') return;
        if (first) {
          first = false;
          if (mapping) return; // the header row the columns were mapped from
          icews = icewsHeaderOf(line);
          if (icews) return;
        }
        if (!icews && !mapping) {
          separator ??= gdeltLayoutOf(line)?.separator ?? '\t';
          if (isHeaderRow(line)) return;
        }
        rows++;
        const r: RowResult = mapping
          ? parseMappedRow(line, mapping, codeOfCell, `csv-${fileStem}-${lineNumber}`)
          : icews
            ? parseIcewsRow(line, icews, codeOfName)
            : parseGdeltRow(line.replace(/\r$/, ''), isState, separator ?? '\t');
        if ('event' in r) {
          events.push(r.event);
          kept++;
        } else skipped[r.skip] = (skipped[r.skip] ?? 0) + 1;
        if (rows % 2000 === 0) post();
      };
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const lines = (rest + value).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) take(line);
      }
      take(rest);
      post();
    }
    const columns = eventsToColumns(events, { files: files.map((f) => f.name), rows, skipped });
    scope.postMessage({ type: 'columns', columns }, columnBuffers(columns));
    scope.postMessage({ type: 'done', rows, kept, skipped });
  } catch (err) {
    scope.postMessage({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
