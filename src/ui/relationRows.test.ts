import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE, SEED_CLAIMS } from '../domain/claims/seed/seedArticle';
import { relationsAsOf } from '../domain/relations/relationsAsOf';
import { filterRows, rowsCsv, rowsOf, sortRows } from './relationRows';
import { parseCsv } from '../export/claimsTable';

const names: Record<string, string> = { USA: 'United States', MAR: 'Morocco', IRN: 'Iran', ISR: 'Israel', ESH: 'Western Sahara' };
const nameOf = (id: string) => names[id] ?? id;
const rows = rowsOf([...relationsAsOf(SEED_CLAIMS, '2019-12-06', new Map([[SEED_ARTICLE.id, SEED_ARTICLE.published]])).values()], nameOf);

describe('the list view’s rows', () => {
  it('sort by any column, either way, numbers as numbers and stances in their order', () => {
    const byClaims = sortRows(rows, 'claims', 'descending').map((r) => r.relation.support.length);
    expect(byClaims).toEqual([...byClaims].sort((a, b) => b - a));
    const byStance = sortRows(rows, 'stance', 'ascending').map((r) => r.relation.stance);
    const order = ['cooperative', 'warming', 'tense', 'severed', 'hostile'];
    expect(byStance.map((s) => order.indexOf(s))).toEqual([...byStance.map((s) => order.indexOf(s))].sort((a, b) => a - b));
    const byPair = sortRows(rows, 'pair', 'ascending').map((r) => r.text.pair);
    expect(byPair).toEqual([...byPair].sort((a, b) => a.localeCompare(b)));
  });

  it('filter by text in one column or any, ignoring case', () => {
    const iran = filterRows(rows, 'iran', 'pair');
    expect(iran.length).toBeGreaterThan(0);
    expect(iran.every((r) => r.text.pair.includes('Iran'))).toBe(true);
    expect(filterRows(rows, 'TENSE', 'stance').every((r) => r.relation.stance === 'tense')).toBe(true);
    expect(filterRows(rows, 'tense', 'pair')).toHaveLength(0);
    expect(filterRows(rows, '  ', 'any')).toHaveLength(rows.length);
  });

  it('download as CSV after a line citing them, every row and column', () => {
    const text = rowsCsv(rows.slice(0, 3), 'Entente, relations as of 2019-12-06. Filters: none.');
    expect(text.startsWith('\uFEFF# Entente, relations as of 2019-12-06. Filters: none.\r\n')).toBe(true);
    const table = parseCsv(text.slice(text.indexOf('\r\n') + 2));
    expect(table[0]).toEqual(['pair_key', 'pair', 'stance', 'certainty', 'date', 'claims', 'from', 'events', 'quote']);
    expect(table.slice(1, 4).map((r) => r[0])).toEqual(rows.slice(0, 3).map((r) => r.relation.key));
  });
});
