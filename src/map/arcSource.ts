// Handing new arcs to the map's source. Arcs are known by their pair (the source promotes `key`), so
// after a date move only the arcs that changed go to MapLibre's worker (`updateData`); when more
// than half changed, or in 'replace' mode, the whole source is replaced (`setData`).
import type { GeoJSONSource } from 'maplibre-gl';
import type { ArcData } from './mapTypes';

type ArcFeature = ArcData['arcs']['features'][number];

/** The same arc: the same line (arc shapes are cached, so an unchanged one is the same array) and the same properties. */
function sameArc(a: ArcFeature, b: ArcFeature): boolean {
  if (a.geometry.coordinates !== b.geometry.coordinates) return false;
  const pa = a.properties as unknown as Record<string, unknown>;
  const pb = b.properties as unknown as Record<string, unknown>;
  for (const k in pb) if (pa[k] !== pb[k]) return false;
  return true;
}

/**
 * Hands the map new arcs. Arcs are known by their pair, so after a date move only the arcs that
 * changed need to go to the map's worker (`updateData` with what was removed and added); when more
 * than half changed, or in 'replace' mode, the whole source is replaced (`setData`). `npm run bench
 * browser map` times both.
 */
export function applyArcs(source: GeoJSONSource, container: HTMLElement, next: ArcData, previous: ArcData | undefined, mode: 'diff' | 'replace' = 'diff'): void {
  // What was sent, for the bench: 'replace', 'diff' or 'none', with a count that moves each time.
  const sent = (how: 'replace' | 'diff' | 'none') => {
    container.dataset.arcsSent = how;
    container.dataset.arcsVersion = String(Number(container.dataset.arcsVersion ?? 0) + 1);
  };
  if (!previous || mode === 'replace') {
    source.setData(next.arcs);
    sent('replace');
    return;
  }
  const before = new Map(previous.arcs.features.map((f) => [f.properties.key, f]));
  const remove: string[] = [];
  const add: ArcFeature[] = [];
  for (const f of next.arcs.features) {
    const old = before.get(f.properties.key);
    before.delete(f.properties.key);
    if (old && sameArc(old, f)) continue;
    if (old) remove.push(f.properties.key);
    add.push(f);
  }
  for (const key of before.keys()) remove.push(key);
  if (remove.length === 0 && add.length === 0) return sent('none');
  if (remove.length + add.length > next.arcs.features.length / 2) {
    source.setData(next.arcs);
    sent('replace');
  } else {
    source.updateData({ remove, add });
    sent('diff');
  }
}
