import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { evidenceProblems } from '../claims/claim';
import { STANCES } from '../claims/vocabulary';
import { CAMEO_ROOTS, CAMEO_SPECIFIC, stanceOfCameo } from '../cameo/cameoStance';
import { eventsToClaims } from './eventsToClaims';
import { gdeltLayoutOf, parseGdeltExport, parseGdeltRow, splitRow } from './gdeltEvents';

const states = new Set(['USA', 'IRN', 'ISR', 'CHN', 'RUS', 'SYR', 'GBR', 'FRA', 'TUR', 'UKR', 'PAK', 'IND', 'AFG', 'SAU', 'QAT', 'MAR', 'PRK', 'KOR', 'JPN', 'DEU']);

describe('the CAMEO table', () => {
  it('gives every verb class a stance, with a reason', () => {
    expect(CAMEO_ROOTS.map((r) => r.code)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    for (const r of CAMEO_ROOTS) {
      expect(STANCES).toContain(r.stance);
      expect(r.why.length).toBeGreaterThan(10);
    }
  });

  it('maps codes as the issue and the codebook say', () => {
    const s = (code: string) => stanceOfCameo(code)?.stance;
    expect(s('161')).toBe('severed'); // reduce or break diplomatic relations
    expect(s('163')).toBe('tense'); // impose embargo, boycott or sanctions
    expect(s('1663')).toBe('tense'); // expel or withdraw aid agencies
    expect(s('130')).toBe('tense'); // threaten
    expect(s('141')).toBe('tense'); // demonstrate or rally
    expect(s('112')).toBe('tense'); // accuse
    expect(s('054')).toBe('warming'); // grant diplomatic recognition
    expect(s('085')).toBe('warming'); // ease economic sanctions
    expect(s('057')).toBe('cooperative'); // sign formal agreement: cooperation by the annotation conventions
    expect(s('036')).toBe('warming'); // express intent to meet or negotiate
    expect(s('0311')).toBe('cooperative'); // express intent to cooperate economically
    expect(s('042')).toBe('cooperative'); // make a visit
    expect(s('070')).toBe('cooperative'); // provide aid
    expect(s('172')).toBe('tense'); // impose administrative sanctions
    expect(s('173')).toBe('hostile'); // arrest, detain
    expect(s('190')).toBe('hostile'); // use conventional military force
    expect(s('204')).toBe('hostile'); // use weapons of mass destruction
    expect(stanceOfCameo('X1')).toBeNull();
  });
});

const row = (over: Record<number, string>) => {
  const c = Array.from({ length: 61 }, () => '');
  Object.assign(c, { 0: '1', 1: '20191024', 7: 'USA', 17: 'IRN', 26: '163', 28: '16', 29: '4', 30: '-8.0', 31: '3', 60: 'https://example.org/x' }, over);
  return c.join('\t');
};

describe('GDELT rows', () => {
  it('keeps an event between two states, with its stance, date and source', () => {
    const r = parseGdeltRow(row({}), (c) => states.has(c));
    expect(r).toMatchObject({ event: { a: 'USA', b: 'IRN', date: '2019-10-24', stance: 'tense', mentions: 3, sourceUrl: 'https://example.org/x' } });
  });

  it('keeps whether it is the sentence’s root event and how many sources reported it, where the row says', () => {
    expect(parseGdeltRow(row({ 25: '1', 32: '4' }), (c) => states.has(c))).toMatchObject({ event: { root: true, sources: 4 } });
    expect(parseGdeltRow(row({ 25: '0', 32: '1' }), (c) => states.has(c))).toMatchObject({ event: { root: false, sources: 1 } });
    const bare = parseGdeltRow(row({}), (c) => states.has(c));
    expect('event' in bare && (bare.event.root !== undefined || bare.event.sources !== undefined)).toBe(false);
  });

  it('counts every other row under its reason', () => {
    const skip = (over: Record<number, string>) => {
      const r = parseGdeltRow(row(over), (c) => states.has(c));
      return 'skip' in r ? r.skip : 'kept';
    };
    expect(skip({ 17: '' })).toBe('one side missing');
    expect(skip({ 17: 'USA' })).toBe('same state on both sides');
    expect(skip({ 17: 'EUR' })).toBe('regional code');
    expect(skip({ 17: 'ZZZ' })).toBe('unknown country code');
    expect(skip({ 26: 'abc' })).toBe('not a CAMEO code');
    expect(parseGdeltRow('too\tfew', () => true)).toEqual({ skip: 'malformed row' });
  });

  it('knows an event export by its content, not its name: an article, a claims CSV or JSON is not one', () => {
    const row = Array.from({ length: 61 }, (_, i) => (i === 0 ? '1' : i === 1 ? '20240101' : 'x')).join('\t');
    expect(gdeltLayoutOf(`${row}\n`)).toEqual({ separator: '\t' });
    expect(gdeltLayoutOf(`GLOBALEVENTID\tSQLDATE\tMonthYear\n${row}`)).toEqual({ separator: '\t' });
    expect(gdeltLayoutOf('\uFEFFGLOBALEVENTID,SQLDATE,MonthYear\n')).toEqual({ separator: ',' });
    expect(gdeltLayoutOf('Pompeo visits Morocco\n\nThe United States and Morocco discussed Iran.')).toBeNull();
    expect(gdeltLayoutOf('id,subject,object,stance,date\nc1,USA,IRN,tense,2019-12-05')).toBeNull();
    expect(gdeltLayoutOf('{"claims": []}')).toBeNull();
    expect(gdeltLayoutOf('')).toBeNull();
  });

  it('splits a comma-separated row at commas outside quotes, with doubled quotes inside', () => {
    expect(splitRow('1,"Washington, D.C.","say ""no""",', ',')).toEqual(['1', 'Washington, D.C.', 'say "no"', '']);
    expect(splitRow('a\t"b,c"', '\t')).toEqual(['a', '"b,c"']);
    expect(splitRow('""', ',')).toEqual(['']);
  });
});

describe('an import of several files is one data set', () => {
  it('one entry whose text says what was read, and claims that quote it', () => {
    const row = (id: string, date: string, code: string) => {
      const c = Array.from({ length: 61 }, () => '');
      Object.assign(c, { 0: id, 1: date, 6: 'UNITED STATES', 7: 'USA', 16: 'IRAN', 17: 'IRN', 26: code, 29: '4', 30: '-10', 31: '3', 60: 'https://example.org/a' });
      return c.join('\t');
    };
    const one = parseGdeltExport(`${row('1', '20240101', '190')}\n${row('2', '20240301', '042')}`, (c) => states.has(c));
    const { article, claims } = eventsToClaims(one.events, { files: ['a.export.CSV.gz', 'b.csv'], rows: 5, skipped: { 'one side missing': 3 } });
    expect(article.title).toBe('GDELT events: 2 files');
    expect(article.source).toBe('GDELT 2.0 event data set: 2 files (a.export.CSV.gz, b.csv); 5 rows read, 2 kept, 3 skipped (one side missing 3); events from 2024-01-01 to 2024-03-01');
    expect(article.published).toBe('2024-03-01');
    expect(claims.map((c) => c.articleId)).toEqual([article.id, article.id]);
    expect(evidenceProblems(claims, [article])).toEqual([]);
  });
});

const slice = fileURLToPath(new URL('../../../../shared/data/gdelt/20171126081500.export.CSV.gz', import.meta.url));
describe.runIf(existsSync(slice))('a real GDELT slice (../shared/data/gdelt/20171126081500)', () => {
  const text = gunzipSync(readFileSync(slice)).toString('utf8');
  const worldStates = new Set<string>(JSON.parse(readFileSync(fileURLToPath(new URL('../../../node_modules/world-countries/countries.json', import.meta.url)), 'utf8')).map((c: { cca3: string }) => c.cca3));
  const result = parseGdeltExport(text, (c) => worldStates.has(c));

  it('reads every row, and keeps or counts each one by reason (golden counts)', () => {
    expect(result.rows).toBe(948);
    const total = result.events.length + Object.values(result.skipped).reduce((a, b) => a + b, 0);
    expect(total).toBe(948);
    expect({ kept: result.events.length, ...result.skipped }).toMatchInlineSnapshot(`
      {
        "kept": 146,
        "malformed row": 0,
        "not a CAMEO code": 0,
        "one side missing": 724,
        "regional code": 20,
        "same state on both sides": 58,
        "unknown country code": 0,
        "unknown country name": 0,
      }
    `);
  });

  it('reads the same events from the file made comma-separated (quoted as spreadsheets write it) and with a header row', () => {
    const quote = (cell: string) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const rows = text.split('\n').filter((l) => l !== '');
    const header = Array.from({ length: 61 }, (_, i) => (i === 0 ? 'GLOBALEVENTID' : `COLUMN${i}`));
    const csv = [header.join(','), ...rows.map((l) => l.split('\t').map(quote).join(','))].join('\r\n');
    expect(gdeltLayoutOf(csv)).toEqual({ separator: ',' });
    expect(gdeltLayoutOf(text)).toEqual({ separator: '\t' });
    const again = parseGdeltExport(csv, (c) => worldStates.has(c));
    expect(again.rows).toBe(result.rows);
    expect(again.events).toEqual(result.events);
  });

  it('turns events into claims that quote their text at their offsets', () => {
    const { article, claims } = eventsToClaims(result.events, '20171126081500.export.CSV.gz');
    expect(claims).toHaveLength(result.events.length);
    expect(evidenceProblems(claims, [article])).toEqual([]);
    expect(claims.every((c) => c.certainty === 'reported')).toBe(true);
  });
});

describe('docs/cameo-stances.md', () => {
  it('lists every entry of the table with its stance', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/cameo-stances.md', import.meta.url)), 'utf8');
    for (const r of [...CAMEO_ROOTS, ...CAMEO_SPECIFIC]) expect(doc).toContain(`| ${r.code} | ${r.name} | ${r.stance} |`);
  });
});
