import { type ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ArcHover, Camera, MapContent, MapController, MapPick } from '../map/MapController';
import { PickChooser } from './PickChooser';

/** What the map hands on: a choice between actors too close to tell apart is made here first. */
export type ChosenPick = Exclude<MapPick, { kind: 'choice' }>;

export interface MapViewProps extends MapContent {
  /** The map, made before the page around it (src/main.ts); the view takes its element in. */
  controller: MapController;
  onPick: (pick: ChosenPick) => void;
  /** An actor's name, for the chooser. */
  nameOf: (id: string) => string;
  onHover: (hover: ArcHover | null) => void;
  /** Tab pressed on the map: true when the focus was moved on (into the selection's relations). */
  onTabOut?: () => boolean;
  /** Called with the zoom's level of detail when it changes. */
  onDetailLevel?: (level: number) => void;
  /** The camera each time the map comes to rest. */
  onCameraChange?: (camera: Camera) => void;
  /** Drawn over the map (tooltip, legend). */
  children?: ReactNode;
}

/** The map, as a React component: takes in the map's element and hands the controller each new content. */
export function MapView({ controller, onPick, nameOf, onHover, onTabOut, onDetailLevel, onCameraChange, children, ...content }: MapViewProps) {
  const wrap = useRef<HTMLDivElement>(null);
  /** Actors too close to tell apart at this zoom, offered where the click was. */
  const [choice, setChoice] = useState<Extract<MapPick, { kind: 'choice' }> | null>(null);
  const callbacks = useRef({ onPick, onHover, onDetailLevel, onCameraChange });
  useEffect(() => {
    callbacks.current = { onPick, onHover, onDetailLevel, onCameraChange };
  });

  useLayoutEffect(() => {
    if (!wrap.current) return;
    controller.moveInto(wrap.current);
    const none = () => undefined;
    controller.setHandlers({
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
    });
    return () => controller.setHandlers({ onPick: none, onHover: none, onDetailLevel: none, onCameraChange: none });
  }, [controller]);

  const { arcs, actors, totals, labels, selectedCountry, focus, pinned, projection } = content;
  useEffect(() => {
    controller.update({ arcs, actors, totals, labels, selectedCountry, focus, pinned, projection });
  }, [controller, arcs, actors, totals, labels, selectedCountry, focus, pinned, projection]);

  return (
    <div
      className="map-wrap"
      onKeyDown={(e) => {
        // (From the map itself only: Tab in the chooser stays in the chooser.)
        const onMap = wrap.current?.contains(e.target as Node) ?? false;
        if (onMap && e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && onTabOut?.()) e.preventDefault();
      }}
    >
      <div ref={wrap} className="map-holder" />
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
