// Actors that are not states. Each is anchored to the territory it is drawn in; states are their own
// anchor and are named by the countries asset (ISO 3166-1 alpha-3 codes).
import type { Actor, ActorId } from './claim';

/** The non-state actors Entente knows, keyed by id. */
export const NON_STATE_ACTORS: Readonly<Record<string, Actor>> = {
  hezbollah: { id: 'hezbollah', name: 'Hezbollah', kind: 'non-state', home: 'LBN', aliases: ['Hizbullah', 'Hizballah', 'Hizbollah'] },
  polisario: {
    id: 'polisario',
    name: 'Polisario Front',
    kind: 'non-state',
    home: 'ESH',
    aliases: ['Polisario', 'Frente Polisario', 'Popular Front for the Liberation of Saguia el-Hamra and Río de Oro'],
  },
  hamas: { id: 'hamas', name: 'Hamas', kind: 'non-state', home: 'PSE', aliases: ['Harakat al-Muqawama al-Islamiya'] },
  houthis: { id: 'houthis', name: 'Houthis', kind: 'non-state', home: 'YEM', aliases: ['Houthi rebels', 'Ansar Allah'] },
  taliban: { id: 'taliban', name: 'Taliban', kind: 'non-state', home: 'AFG', aliases: [] },
  jem: { id: 'jem', name: 'Jaish-e-Mohammed', kind: 'non-state', home: 'PAK', aliases: ['JeM'] },
  pa: {
    id: 'pa',
    name: 'Palestinian Authority',
    kind: 'non-state',
    home: 'PSE',
    aliases: ['PA', 'Palestinian National Authority', 'PNA'],
  },
};

/** Is this id a state's ISO alpha-3 code (rather than a non-state actor's slug)? */
export function isStateId(id: ActorId): boolean {
  return /^[A-Z]{3}$/.test(id);
}

/** The territory an actor is drawn in: a state's own code, or a non-state actor's home. */
export function homeOf(id: ActorId): string | undefined {
  return isStateId(id) ? id : NON_STATE_ACTORS[id]?.home;
}

/** The non-state actors anchored in a territory ("hezbollah" for LBN). */
export function actorsAnchoredIn(home: string): Actor[] {
  return Object.values(NON_STATE_ACTORS).filter((a) => a.home === home);
}
