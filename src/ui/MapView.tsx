import { useEffect, useRef } from 'react';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { type MapContent, MapController } from '../map/MapController';

export interface MapViewProps extends MapContent {
  countries: CountryIndex;
  onSelect: (actorId: string | null) => void;
}

/** The map, as a React component: creates the controller once and hands it each new content. */
export function MapView({ countries, onSelect, arcs, actors, labels, selected }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const c = new MapController(container.current, { countries, onSelect: (id) => onSelectRef.current(id) });
    controller.current = c;
    return () => {
      c.destroy();
      controller.current = null;
    };
  }, [countries]);

  useEffect(() => {
    controller.current?.update({ arcs, actors, labels, selected });
  }, [arcs, actors, labels, selected]);

  return <div ref={container} className="map" role="application" aria-label="World map of relations" data-testid="map" />;
}
