// Every partner an actor's coded events name by a date, not only the pairs whose stance is drawn
// (R10 takes the stance over a window; a pair with events only before it has no relation today).
// For the country panel's "every partner" list: each partner's events by the date, out (this actor
// acting on the partner) and in, its mentions, and the stance most of those mentions take.
import type { ActorId, Claim } from '../claims/claim';
import { STANCES, type Stance } from '../claims/vocabulary';
import { dateKey, heaviest } from './claimIndex';

export interface Partner {
  id: ActorId;
  /** Events between the two by the date. */
  events: number;
  /** Of those, events with this actor as the source, and with the partner as the source. */
  out: number;
  in: number;
  /** Mentions (the events' weight) in all: the list's order. */
  mentions: number;
  /** The stance with the most mentions among the events by the date. */
  stance: Stance;
}

export interface PartnerTotals {
  partners: Partner[];
  /** Events by the date with this actor as source, and as target. */
  out: number;
  in: number;
}

/** Every partner `actor`'s coded events name by `asOf` (YYYY-MM-DD), the most mentioned first. */
export function partnersOf(actor: ActorId, claims: readonly Claim[], asOf: string): PartnerTotals {
  const until = dateKey(asOf);
  const byPartner = new Map<ActorId, { events: number; out: number; in: number; weights: number[] }>();
  let out = 0;
  let inward = 0;
  for (const c of claims) {
    if (!c.event || (c.subject !== actor && c.object !== actor) || c.subject === c.object) continue;
    if (c.when.kind !== 'point' || dateKey(c.when.at) > until) continue;
    const outward = c.subject === actor;
    const other = outward ? c.object : c.subject;
    let p = byPartner.get(other);
    if (!p) {
      p = { events: 0, out: 0, in: 0, weights: STANCES.map(() => 0) };
      byPartner.set(other, p);
    }
    p.events++;
    if (outward) {
      p.out++;
      out++;
    } else {
      p.in++;
      inward++;
    }
    const s = STANCES.indexOf(c.stance);
    p.weights[s] = (p.weights[s] ?? 0) + Math.max(1, c.event.weight);
  }
  const partners = [...byPartner.entries()].map(([id, p]) => partnerOf(id, p, p.weights));
  partners.sort(byMentions);
  return { partners, out, in: inward };
}

/** A partner from its counts and its mentions by stance (in STANCES order). */
export function partnerOf(id: ActorId, counts: { events: number; out: number; in: number }, weights: readonly number[]): Partner {
  return { id, events: counts.events, out: counts.out, in: counts.in, mentions: weights.reduce((x, y) => x + y, 0), stance: STANCES[heaviest(weights)] as Stance };
}

/** The list's order: the most mentioned first, then the most events, then by id. */
export const byMentions = (x: Partner, y: Partner) => y.mentions - x.mentions || y.events - x.events || (x.id < y.id ? -1 : 1);
