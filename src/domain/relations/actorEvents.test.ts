import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/claim';
import { STANCES } from '../claims/vocabulary';
import { actorEvents } from './actorEvents';
import { indexClaims } from './claimIndex';
import { eventsLeftOut, EVERY_EVENT, selectClaims } from './eventSelection';
import { eventSeries } from './eventSeries';
import { eventClaim } from './eventTestKit';
import { partnersOf } from './partners';

// Events between a hub and its partners over two years, in both directions, with an article claim among them.
let seed = 5;
const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const states = ['USA', 'IRN', 'RUS', 'FRA', 'CHN', 'MEX'];
const claims: Claim[] = Array.from({ length: 600 }, () => {
  const a = states[Math.floor(rand() ** 2 * states.length)]!;
  let b = states[Math.floor(rand() * states.length)]!;
  if (b === a) b = a === 'USA' ? 'IRN' : 'USA';
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(rand() * 700) * 86_400_000).toISOString().slice(0, 10);
  const codes = ['010', '042', '112', '138', '173', '190'];
  return eventClaim(a, b, STANCES[Math.floor(rand() * 5)]!, day, { weight: 1 + Math.floor(rand() * 9), goldstein: Math.round(rand() * 200 - 100) / 10, code: codes[Math.floor(rand() * codes.length)]! });
});
claims.push({ ...eventClaim('USA', 'IRN', 'tense', '2019-12-06'), id: 'article-claim', event: undefined });

describe('an actor’s events from the index', () => {
  it('give the same partners and series as reading the claims, with and without event filters', () => {
    const index = indexClaims(claims, new Map());
    for (const selection of [EVERY_EVENT, { ...EVERY_EVENT, quads: [4] }]) {
      const kept = selectClaims(claims, selection);
      for (const actor of ['USA', 'MEX']) {
        const own = kept.filter((c) => c.subject === actor || c.object === actor);
        const fast = actorEvents(index, actor, '2020-06-30', eventsLeftOut(index, selection));
        expect(fast.totals).toEqual(partnersOf(actor, own, '2020-06-30'));
        const slow = eventSeries(own.filter((c) => c.event));
        expect(fast.series.map((m) => ({ ...m, goldstein: m.goldstein === null ? null : Math.round(m.goldstein * 1e6) + 0 }))).toEqual(
          slow.map((m) => ({ ...m, goldstein: m.goldstein === null ? null : Math.round(m.goldstein * 1e6) + 0 })),
        );
      }
    }
  });
});
