// The arcs and marks the map shows: those that pass the filters, with the opacity the focus gives
// them (the arcs are already those of the date). The map does this with style expressions; exports do it here, with
// the same numbers (arcStyle.ts), so that an export shows what is on screen.
import type { Feature, LineString, Point } from 'geojson';
import type { ArcProperties, DirectionMarkProperties } from '../domain/relations/arcFeatures';
import { focusedOpacity } from '../domain/relations/arcStyle';
import { type Filters, passesFilters } from '../state/filters';

export interface ScreenState extends Filters {
  focus: string;
}


export function arcsOnScreen<P extends ArcProperties | DirectionMarkProperties, G extends LineString | Point>(
  features: readonly Feature<G, P>[],
  state: ScreenState,
): Feature<G, P>[] {
  return features
    .filter((f) => passesFilters(f.properties, state))
    .map((f) => ({ ...f, properties: { ...f.properties, opacity: focusedOpacity(f.properties, state.focus) } }));
}
