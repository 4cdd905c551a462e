// Fuzzing the parsers that read what users bring: thousands of generated inputs, no exception
// escapes, nothing hangs (each property runs under the test's time limit), and what comes out is
// consistent with what went in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaims } from './claims/claimSchema';
import { findTimes } from './claims/resolveTime';
import { nodeReaders } from '../../cli/nodeGazetteer';
import { extractClaims } from './extraction/extractClaims';
import { htmlToText } from './extraction/htmlToText';

const readers = nodeReaders();
const WORDS = ['Morocco', 'Iran', 'cut', 'ties', 'with', 'the', 'U.S.', 'since', '1979', 'last', 'week', 'on', 'Thursday', 'accused', 'and', 'between', ',', '.', '"', "'s", 'Hezbollah', 'not', 'restore', 'relations', 'a month earlier', '\n', 'Secretary of State', 'Mike', 'Pompeo', 'in', 'February', 'foe', 'ally', 'by', 'killing', 'of'];
const newsish = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((w) => w.join(' '));
const published = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('fuzzing', () => {
  it('the claim parser never throws, and accepts only what it can vouch for', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { claims, problems } = parseClaims(value);
        expect(claims.length === 0 || problems.length === 0).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('the date resolver never throws, and every date it finds is in the text and real', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), newsish), published, (text, day) => {
        for (const t of findTimes(text, { published: day })) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          const at = t.when.kind === 'point' ? t.when.at : t.when.kind === 'range' ? t.when.from : day;
          expect(at).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the extractor never throws, and every claim quotes its text at its offsets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), newsish), published, (text, day) => {
        for (const c of extractClaims({ id: 'f', text, published: day }, readers).claims) {
          expect(text.slice(c.start, c.end)).toBe(c.evidence);
          expect(c.a).not.toBe(c.b);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the HTML reader never throws and never returns markup it did not get as text', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('<p>', '</p>', '<script>', '</script>', '<article>', '&amp;', '&#x3c;', '<b', '>', '<!--', '-->'), fc.string({ maxLength: 8 })), { maxLength: 60 }), (parts) => {
        const out = htmlToText(parts.join(''));
        expect(typeof out.text).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('long hostile input finishes', () => {
    const text = `${'Morocco, '.repeat(20_000)}cut ties with Iran.${' (('.repeat(5_000)}`;
    expect(() => extractClaims({ id: 'long', text, published: '2020-01-01' }, readers)).not.toThrow();
    expect(() => findTimes('since '.repeat(50_000), { published: '2020-01-01' })).not.toThrow();
  });
});
