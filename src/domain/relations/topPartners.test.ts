import { describe, expect, it } from 'vitest';
import { eventClaim } from './eventTestKit';
import { relationsAsOf } from './relationsAsOf';
import { topPartners } from './topPartners';

// A hub (USA) with events with five partners, more with each in turn, and one pair between two small states.
const claims = [
  ...['FRA', 'DEU', 'GBR', 'JPN', 'BRA'].flatMap((p, k) => Array.from({ length: k + 1 }, () => eventClaim('USA', p, 'cooperative', '2020-01-10', { weight: 2 }))),
  eventClaim('FJI', 'TON', 'tense', '2020-01-05'),
  eventClaim('BRA', 'ARG', 'cooperative', '2020-01-05'),
];
const relations = [...relationsAsOf(claims, '2020-02-01', new Map()).values()];

describe('topPartners', () => {
  it('keeps a relation among the n strongest of both its actors: no actor draws more than n', () => {
    const kept = topPartners(relations, 2).map((r) => r.key);
    // USA's two strongest (BRA, JPN), each also among its partner's two; FJI-TON is each one's only
    // relation; BRA-ARG is among BRA's two (with USA) and ARG's one. FRA, DEU, GBR lose theirs with USA.
    expect(kept.sort()).toEqual(['ARG|BRA', 'BRA|USA', 'FJI|TON', 'JPN|USA']);
    const perActor = new Map<string, number>();
    for (const r of topPartners(relations, 1)) for (const x of [r.a, r.b]) perActor.set(x, (perActor.get(x) ?? 0) + 1);
    expect(Math.max(...perActor.values())).toBe(1);
  });
  it('with n below 1 or above every actor’s count, keeps all', () => {
    expect(topPartners(relations, 0)).toHaveLength(relations.length);
    expect(topPartners(relations, 10)).toHaveLength(relations.length);
  });
});
