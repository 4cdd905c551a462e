// The labels MapLibre really placed (after collisions), for the SVG export: it draws the names the
// reader saw, where they were.
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface PlacedLabel {
  name: string;
  at: [number, number];
  kind: 'country' | 'actor';
}

export function placedLabels(map: MapLibreMap): PlacedLabel[] {
  const seen = new Set<string>();
  const labels: PlacedLabel[] = [];
  const rendered = map.queryRenderedFeatures({ layers: ['country-labels', 'pinned-labels', 'actor-labels'] });
  // Actors first, then countries by their rank (those in the relations first), as MapLibre places them.
  const rankOf = (f: (typeof rendered)[number]) => (f.layer.id === 'actor-labels' ? -Infinity : Number(f.properties.rank ?? 0));
  rendered.sort((x, y) => rankOf(x) - rankOf(y));
  for (const f of rendered) {
    const name = String(f.properties.name);
    if (seen.has(name) || f.geometry.type !== 'Point') continue;
    seen.add(name);
    labels.push({ name, at: f.geometry.coordinates as [number, number], kind: f.layer.id === 'actor-labels' ? 'actor' : 'country' });
  }
  return labels;
}
