// The selection's panel at the top of the side bar: the selected country's relations, the selected
// pair's claims in time order, or (nothing selected) a hint with the counts of what the map shows.
import { useMemo } from 'react';
import { actorsAnchoredIn, isStateId } from '../domain/claims/actors';
import { type Claim, claimStart } from '../domain/claims/claim';
import { firstDay } from '../domain/claims/partialDate';
import { orderedPair, type PairKey, pairKey } from '../domain/relations/pairKey';
import { type ActorEvents, actorEventsOfClaims } from '../domain/relations/actorEvents';
import { eventSeries } from '../domain/relations/eventSeries';
import type { Relation } from '../domain/relations/relationsAsOf';
import type { Selection } from '../state/viewState';
import { countOf } from './claimText';
import { CountryPanel } from './CountryPanel';
import { EventSeriesChart } from './EventSeriesChart';
import { EveryPartner } from './EveryPartner';
import { PairPanel } from './PairPanel';

export interface SelectionPanelProps {
  selection: Selection;
  /** Every relation of the date, filtered or not (a pair's panel opens on a hidden one too). */
  relations: ReadonlyMap<string, Relation>;
  /** The relations the filters let through. */
  shown: readonly Relation[];
  /** One actor's partners and events per month by a date (from the claim index; else read from `claims`). */
  eventsOfActor?: (actor: string, asOf: string) => ActorEvents;
  /** The claims on the map. */
  claims: readonly Claim[];
  published: ReadonlyMap<string, string>;
  asOf: string;
  articleCount: number;
  /** What is loaded, counted ("1 article, 1 event data set"). */
  loaded: string;
  nameOf: (id: string) => string;
  articleOf: (articleId: string) => string | undefined;
  onSelectActor: (id: string) => void;
  onSelectPair: (key: string) => void;
  /** A relation focused or pointed at in a country's list, or none (the map marks its arc). */
  onHighlightPair?: (key: string | null) => void;
  onClose: () => void;
  /** The event window in days (R10), shaded on the event charts. */
  eventWindow?: number;
  /** A range brushed on an event chart: the date moves to its last day, the window to its length. */
  onBrushWindow?: (range: { first: string; last: string; days: number }) => void;
  /** The selection came with the link the page was opened from. */
  fromLink?: boolean;
}

/**
 * Said under a selection that came with a link and that nothing loaded here names: a link carries
 * the view, not the articles behind it.
 */
function LinkNote({ selection, claims, nameOf }: { selection: NonNullable<Selection>; claims: readonly Claim[]; nameOf: (id: string) => string }) {
  const named =
    selection.kind === 'country'
      ? claims.some((c) => c.subject === selection.id || c.object === selection.id)
      : claims.some((c) => pairKey(c.subject, c.object) === selection.key);
  if (named) return null;
  const what = selection.kind === 'country' ? nameOf(selection.id) : selection.key.split('|').map(nameOf).join(' and ');
  return (
    <p className="link-note" role="note" data-testid="link-note">
      This page was opened from a link. A link carries the map’s view, date and selection, not the articles behind them, and nothing loaded in this
      browser names {what}. Ask whoever sent it for the file (Export → Share as file) and open it here.
    </p>
  );
}

/** Every partner the selected actor's coded events name (nothing without event data). */
function PartnersOf(props: {
  actorId: string;
  /** The actor's partners and events per month. */
  events: ActorEvents;
  asOf: string;
  nameOf: (id: string) => string;
  onSelectPair: (key: string) => void;
  eventWindow: number;
  onBrush: (range: { first: string; last: string; days: number }) => void;
}) {
  const { actorId, events, asOf, nameOf, onSelectPair, eventWindow, onBrush } = props;
  const { totals, series } = events;
  return (
    <>
      {series.length > 0 && (
        <div className="every-partner">
          <EventSeriesChart series={series} label={nameOf(actorId)} asOf={asOf} windowDays={eventWindow} onBrush={onBrush} />
        </div>
      )}
      <EveryPartner key={actorId} actorId={actorId} name={nameOf(actorId)} totals={totals} nameOf={nameOf} onSelectPair={onSelectPair} />
    </>
  );
}

export function SelectionPanel(props: SelectionPanelProps) {
  const { selection, relations, shown, claims, published, asOf, articleCount, loaded, nameOf, articleOf, onSelectActor, onSelectPair, onHighlightPair, onClose, fromLink, eventWindow = 365, onBrushWindow, eventsOfActor } = props;
  const brush = onBrushWindow ?? (() => undefined);
  const actor = selection?.kind === 'country' ? selection.id : null;
  const actorEventsNow = useMemo(() => {
    if (actor === null) return null;
    return eventsOfActor ? eventsOfActor(actor, asOf) : actorEventsOfClaims(actor, claims, asOf);
  }, [actor, eventsOfActor, claims, asOf]);
  return (
      <div className="side-panel">
        {selection && fromLink && <LinkNote selection={selection} claims={claims} nameOf={nameOf} />}
        {selection?.kind === 'country' && (
          <CountryPanel
            actorId={selection.id}
            name={nameOf(selection.id)}
            relations={shown.filter((r) => r.a === selection.id || r.b === selection.id)}
            anchored={isStateId(selection.id) ? actorsAnchoredIn(selection.id) : []}
            asOf={asOf}
            articleCount={articleCount}
            nameOf={nameOf}
            articleOf={articleOf}
            onSelectActor={onSelectActor}
            onSelectPair={onSelectPair}
            onHighlightPair={onHighlightPair}
            onClose={onClose}
          />
        )}
        {selection?.kind === 'country' && actorEventsNow && (
          <PartnersOf actorId={selection.id} events={actorEventsNow} asOf={asOf} nameOf={nameOf} onSelectPair={onSelectPair} eventWindow={eventWindow} onBrush={brush} />
        )}
        {selection?.kind === 'pair' && (
          <PairSelection
            pair={selection.key}
            asOf={asOf}
            claims={claims}
            published={published}
            relation={relations.get(selection.key)}
            nameOf={nameOf}
            articleOf={articleOf}
            onSelectActor={onSelectActor}
            onClose={onClose}
            eventWindow={eventWindow}
            onBrush={brush}
          />
        )}
        {!selection && (
          <p className="hint">
            Click a country, an arc or a highlighted sentence, or search, to see the relations and the words behind them.{' '}
            <span data-testid="relation-count">
              {countOf(shown.length, 'relation')} from {countOf(claims.length, 'claim')} on the map, in {loaded}, as of {asOf}
              {relations.size > shown.length ? `; ${relations.size - shown.length} hidden by the filters` : ''}.
            </span>
          </p>
        )}
      </div>
  );
}

interface PairSelectionProps {
  articleOf: (articleId: string) => string | undefined;
  pair: PairKey;
  asOf: string;
  claims: readonly Claim[];
  published: ReadonlyMap<string, string>;
  relation: Relation | undefined;
  nameOf: (id: string) => string;
  onSelectActor: (id: string) => void;
  onClose: () => void;
  eventWindow: number;
  onBrush: (range: { first: string; last: string; days: number }) => void;
}

function PairSelection({ pair, asOf, claims, published, relation, nameOf, articleOf, onSelectActor, onClose, eventWindow, onBrush }: PairSelectionProps) {
  const [a, b] = orderedPair(...(pair.split('|') as [string, string]));
  const onPair = claims
    .filter((c) => pairKey(c.subject, c.object) === pair)
    .map((c) => ({ c, start: firstDay(claimStart(c.when, published.get(c.articleId) ?? asOf)) }))
    .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : 0));
  const later = new Set(onPair.filter((x) => x.start > asOf).map((x) => x.c));
  return (
    <PairPanel
      a={a}
      b={b}
      relation={relation}
      claims={onPair.map((x) => x.c)}
      later={later}
      asOf={asOf}
      nameOf={nameOf}
      articleOf={articleOf}
      onSelectActor={onSelectActor}
      onClose={onClose}
      chart={<EventSeriesChart series={eventSeries(onPair.map((x) => x.c))} label={`${nameOf(a)} – ${nameOf(b)}`} asOf={asOf} windowDays={eventWindow} onBrush={onBrush} />}
    />
  );
}
