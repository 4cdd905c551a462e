// An event export is known by its content, also compressed: the first row is read through gzip or
// a ZIP archive's first entry (stored or deflated), and the format found from it.
import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatOf } from './inputFormats';
import { readHead } from './gdeltExport';

const row = Array.from({ length: 61 }, (_, i) => (i === 0 ? '1052' : i === 1 ? '20240101' : 'x')).join('\t');
const text = `GLOBALEVENTID\tSQLDATE\n${row}\n${row}\n`;

/** A ZIP archive of one entry, as `zip` writes it (local header, data; the central directory is not needed to read the head). */
function zipOf(name: string, content: Buffer, deflate: boolean): Buffer {
  const data = deflate ? deflateRawSync(content) : content;
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(deflate ? 8 : 0, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(content.length, 22);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, Buffer.from(name), data]);
}

describe('the start of a file, decompressed, tells its format', () => {
  it('plain, gzip, and a ZIP entry stored or deflated: the same first rows, a GDELT export whatever the file is called', async () => {
    const files = [
      new Blob([text]),
      new Blob([new Uint8Array(gzipSync(Buffer.from(text)))]),
      new Blob([new Uint8Array(zipOf('events.csv', Buffer.from(text), false))]),
      new Blob([new Uint8Array(zipOf('events.csv', Buffer.from(text), true))]),
    ];
    for (const file of files) {
      const head = await readHead(file);
      expect(head.startsWith('GLOBALEVENTID\tSQLDATE\n1052\t20240101')).toBe(true);
      expect(formatOf('download (3).bin', head).id).toBe('gdelt');
    }
  });

  it('a compressed file that is not an export, and bytes that are not gzip, are not taken for one', async () => {
    expect(formatOf('notes.txt.gz', await readHead(new Blob([new Uint8Array(gzipSync(Buffer.from('Morocco cut ties with Iran.')))]))).id).toBe('article');
    expect(await readHead(new Blob([new Uint8Array([0x1f, 0x8b, 1, 2, 3])]))).toBe('');
    // With nothing readable, a name that says "export" is still taken for one (the worker then reports what it finds).
    expect(formatOf('20240101.export.CSV.gz', '').id).toBe('gdelt');
  });
});
