import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { CountryIndex } from '../domain/geo/countryIndex';
import { type ArcHover, type Camera, type MapContent, MapController, type MapPick } from '../map/MapController';
import { PickChooser } from './PickChooser';

/** What the map hands on: a choice between actors too close to tell apart is made here first. */
export type ChosenPick = Exclude<MapPick, { kind: 'choice' }>;

export interface MapViewProps extends MapContent {
  countries: CountryIndex;
  onPick: (pick: ChosenPick) => void;
  /** An actor's name, for the chooser. */
  nameOf: (id: string) => string;
  onHover: (hover: ArcHover | null) => void;
  /** Tab pressed on the map: true when the focus was moved on (into the selection's relations). */
  onTabOut?: () => boolean;
  /** Called with the zoom's level of detail when it changes. */
  onDetailLevel?: (level: number) => void;
  /** Called with the controller once it exists (and null when it is gone), for exports and the camera. */
  onController?: (controller: MapController | null) => void;
  /** Where the map opens (read once, when the map is made). */
  initialCamera?: Camera | null;
  /** The camera each time the map comes to rest. */
  onCameraChange?: (camera: Camera) => void;
  /** Drawn over the map (tooltip, legend). */
  children?: ReactNode;
}

/** Test and development builds only: `?arcs=replace` hands the map whole sources, for the bench to compare. */
const ARC_UPDATE = import.meta.env.MODE !== 'production' && new URLSearchParams(window.location.search).get('arcs') === 'replace' ? 'replace' : 'diff';

/** The map, as a React component: creates the controller once and hands it each new content. */
export function MapView({ countries, onPick, nameOf, onHover, onTabOut, onController, onDetailLevel, onCameraChange, initialCamera, children, ...content }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  /** Actors too close to tell apart at this zoom, offered where the click was. */
  const [choice, setChoice] = useState<Extract<MapPick, { kind: 'choice' }> | null>(null);
  const controller = useRef<MapController | null>(null);
  const callbacks = useRef({ onPick, onHover, onController, onDetailLevel, onCameraChange });
  useEffect(() => {
    callbacks.current = { onPick, onHover, onController, onDetailLevel, onCameraChange };
  });
  const firstCamera = useRef(initialCamera);

  useEffect(() => {
    if (!container.current) return;
    const c = new MapController(container.current, {
      countries,
      onPick: (pick) => {
        if (pick?.kind === 'choice') setChoice(pick);
        else {
          setChoice(null);
          callbacks.current.onPick(pick);
        }
      },
      onHover: (hover) => callbacks.current.onHover(hover),
      onDetailLevel: (level) => callbacks.current.onDetailLevel?.(level),
      onCameraChange: (camera) => callbacks.current.onCameraChange?.(camera),
      camera: firstCamera.current,
      arcUpdate: ARC_UPDATE,
    });
    controller.current = c;
    callbacks.current.onController?.(c);
    return () => {
      callbacks.current.onController?.(null);
      c.destroy();
      controller.current = null;
    };
  }, [countries]);

  const { arcs, actors, totals, labels, selectedCountry, focus, pinned, projection } = content;
  useEffect(() => {
    controller.current?.update({ arcs, actors, totals, labels, selectedCountry, focus, pinned, projection });
  }, [arcs, actors, totals, labels, selectedCountry, focus, pinned, projection]);

  return (
    <div
      className="map-wrap"
      onKeyDown={(e) => {
        // (From the map itself only: Tab in the chooser stays in the chooser.)
        const onMap = container.current?.contains(e.target as Node) ?? false;
        if (onMap && e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && onTabOut?.()) e.preventDefault();
      }}
    >
      <div ref={container} className="map" data-testid="map" aria-label="World map of relations" role="region" />
      {choice && (
        <PickChooser
          choice={choice}
          nameOf={nameOf}
          onChoose={(id) => {
            setChoice(null);
            callbacks.current.onPick({ kind: 'actor', id });
          }}
          onClose={() => setChoice(null)}
        />
      )}
      {children}
    </div>
  );
}
